package vn.kehoach.store.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.kehoach.domain.UserError;

/**
 * The entries of a backup zip, read whole into memory after checking their names, their number
 * and their real (not declared) size, so a forged or oversized zip is refused before anything
 * else looks at it.
 */
final class BackupZip {
    static final int MAX_ENTRIES = 200;
    /** Uncompressed bytes of all entries together; a real backup is a few megabytes. */
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    private BackupZip() {}

    /** Entry name to content, in the order of the zip's directory. */
    static Map<String, byte[]> read(Path zip) {
        String file = zip.toString();
        Map<String, byte[]> out = new LinkedHashMap<>();
        ZipFile z;
        try {
            z = new ZipFile(zip.toFile());
        } catch (ZipException e) {
            throw new UserError(e, "backup.error.notOurs", file);
        } catch (IOException e) {
            throw new UserError(e, "backup.error.corrupt", file);
        }
        try (z) {
            if (z.size() > MAX_ENTRIES) {
                throw new UserError("backup.error.tooLarge", file);
            }
            long total = 0;
            Enumeration<? extends ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                checkName(file, name);
                if (out.containsKey(name)) {
                    throw new UserError("backup.error.duplicateEntry", file, name);
                }
                byte[] content;
                try (InputStream in = z.getInputStream(e)) {
                    content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_TOTAL_BYTES - total + 1));
                }
                total += content.length;
                if (total > MAX_TOTAL_BYTES) {
                    throw new UserError("backup.error.tooLarge", file);
                }
                out.put(name, content);
            }
        } catch (IOException e) {
            throw new UserError(e, "backup.error.corrupt", file);
        }
        return out;
    }

    /** A plain relative name: no folders climbing out, no absolute path, no drive, no backslash. */
    static void checkName(String file, String name) {
        boolean bad = name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.endsWith("/")
                || name.contains("\\") || name.contains(":") || name.contains("..")
                || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        if (bad) {
            throw new UserError("backup.error.entryName", file, name);
        }
    }
}
