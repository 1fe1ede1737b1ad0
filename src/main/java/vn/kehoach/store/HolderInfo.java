package vn.kehoach.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Properties;

/**
 * Who holds the database file open: written next to the file by the process that opened it
 * first, so that another workstation that cannot reach it can say whom to ask.
 */
public record HolderInfo(String machine, String user, LocalDateTime since, long pid) {

    public static HolderInfo current() {
        return new HolderInfo(Workstation.machine(), Workstation.user(), LocalDateTime.now().withNano(0),
                ProcessHandle.current().pid());
    }

    public void writeTo(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("machine", machine);
        p.setProperty("user", user);
        p.setProperty("since", since.toString());
        p.setProperty("pid", Long.toString(pid));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Kế hoạch: the workstation holding this database");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The holder recorded in {@code file}, if it can be read. */
    public static Optional<HolderInfo> readFrom(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(new HolderInfo(p.getProperty("machine", "?"), p.getProperty("user", "?"),
                    LocalDateTime.parse(p.getProperty("since")), Long.parseLong(p.getProperty("pid", "0"))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether this record is ours (same machine and process). */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid() && machine.equals(Workstation.machine());
    }
}
