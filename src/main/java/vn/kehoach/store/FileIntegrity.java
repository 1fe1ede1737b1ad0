package vn.kehoach.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a damaged database file at open, before H2 touches it. H2 opens a truncated file
 * silently at an older state, and creates a new database over a zero-length one. Two checks:
 * the file header must point at a chunk that lies whole inside the file (H2's own structure, so
 * it works on a copy too), and a file cleanly closed by this app must still be what it was at
 * that close: the seal beside it records H2's version counter, the size and a CRC-32.
 */
final class FileIntegrity {
    private static final Logger LOG = LoggerFactory.getLogger(FileIntegrity.class);
    private static final int HEADER_BLOCK = 4096;

    /** What is wrong with a file, as the key of its message. */
    enum Damage { EMPTY, TRUNCATED, CHANGED }

    private FileIntegrity() {}

    /** The damage found, if any. A file that is not H2's at all is left to H2 to refuse. */
    static Optional<Damage> check(DatabaseFile file) {
        Path data = file.dataFile();
        try {
            long size = Files.size(data);
            if (size == 0) {
                return Optional.of(Damage.EMPTY);
            }
            Map<String, String> header = newestHeader(data);
            if (header.isEmpty()) {
                return Optional.empty();
            }
            if (!latestChunkInside(data, header, size)) {
                return Optional.of(Damage.TRUNCATED);
            }
            if (Files.exists(file.lockFile()) || inUse(data)) {
                return Optional.empty(); // in use by another process (or left by a crash): no clean close to compare with
            }
            Optional<Properties> seal = readSeal(file);
            if (seal.isEmpty() || !"closed".equals(seal.get().getProperty("state"))
                    || !header.getOrDefault("version", "").equals(seal.get().getProperty("version"))) {
                return Optional.empty(); // no seal, an unclean close, or another state of the file put in place
            }
            if (size < Long.parseLong(seal.get().getProperty("size", "0"))) {
                return Optional.of(Damage.TRUNCATED);
            }
            if (size != Long.parseLong(seal.get().getProperty("size", "0"))
                    || crc(data) != Long.parseLong(seal.get().getProperty("crc32", "-1"))) {
                return Optional.of(Damage.CHANGED);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not check {}", data, e);
            return Optional.empty();
        }
    }

    /** H2 locks the data file while it has it open (without {@code AUTO_SERVER} there is no lock file to see). */
    private static boolean inUse(Path data) {
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            java.nio.channels.FileLock lock = ch.tryLock(0, Long.MAX_VALUE, true);
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true; // this JVM has it open
        } catch (IOException e) {
            return true; // cannot even look: leave it to H2
        }
    }

    /** Records that the file was cleanly closed, as it is now. */
    static void sealClosed(DatabaseFile file) {
        try {
            Map<String, String> header = newestHeader(file.dataFile());
            Properties p = new Properties();
            p.setProperty("state", "closed");
            p.setProperty("version", header.getOrDefault("version", ""));
            p.setProperty("size", Long.toString(Files.size(file.dataFile())));
            p.setProperty("crc32", Long.toString(crc(file.dataFile())));
            if (Files.exists(file.lockFile())) {
                return; // another process opened it meanwhile: its close will seal it
            }
            writeSeal(file, p);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not seal {}", file, e);
        }
    }

    /** Records that the file is open: until a clean close there is nothing to compare with. */
    static void sealOpen(DatabaseFile file) {
        Properties p = new Properties();
        p.setProperty("state", "open");
        try {
            writeSeal(file, p);
        } catch (IOException e) {
            LOG.warn("Could not write the seal of {}", file, e);
        }
    }

    private static void writeSeal(DatabaseFile file, Properties p) throws IOException {
        PropertiesFiles.write(file.sealFile(), p, "Kế hoạch: the state of the database file at its last clean close");
    }

    private static Optional<Properties> readSeal(DatabaseFile file) {
        return PropertiesFiles.read(file.sealFile());
    }

    /** H2 keeps two copies of its file header; the one with the higher version is current. */
    private static Map<String, String> newestHeader(Path data) throws IOException {
        Map<String, String> best = Map.of();
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            for (int i = 0; i < 2; i++) {
                Map<String, String> h = parse(read(ch, (long) i * HEADER_BLOCK, HEADER_BLOCK));
                if (h.containsKey("H") && h.containsKey("block") && hex(h.get("version")) >= hex(best.get("version"))) {
                    best = h;
                }
            }
        }
        return best;
    }

    /** The chunk the header names must start inside the file and end before its end. */
    private static boolean latestChunkInside(Path data, Map<String, String> header, long size) throws IOException {
        long blockSize = header.containsKey("blockSize") ? hex(header.get("blockSize")) : HEADER_BLOCK;
        long start = hex(header.get("block")) * blockSize;
        if (start + blockSize > size) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(data, StandardOpenOption.READ)) {
            Map<String, String> chunk = parse(read(ch, start, 1024));
            if (!chunk.containsKey("chunk") || !chunk.containsKey("len")) {
                return false;
            }
            return start + hex(chunk.get("len")) * blockSize <= size;
        }
    }

    private static String read(FileChannel ch, long position, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining() && ch.read(buf, position + buf.position()) > 0) {
            // keep reading until the block is full or the file ends
        }
        return new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
    }

    /** {@code key:value,key:value…} up to the first newline or NUL, as H2 writes headers. */
    private static Map<String, String> parse(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' || text.charAt(i) == 0) {
                end = i;
                break;
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String part : text.substring(0, end).split(",")) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                out.put(part.substring(0, colon).trim(), part.substring(colon + 1).trim());
            }
        }
        return out;
    }

    private static long hex(String value) {
        if (value == null || value.isEmpty()) {
            return -1;
        }
        try {
            return Long.parseLong(value, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long crc(Path data) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(data)) {
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                crc.update(buf, 0, n);
            }
        }
        return crc.getValue();
    }
}
