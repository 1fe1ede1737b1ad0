package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.Path;
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
        PropertiesFiles.write(file, p, "Kế hoạch: the workstation holding this database");
    }

    /** The holder recorded in {@code file}, if it can be read. */
    public static Optional<HolderInfo> readFrom(Path file) {
        try {
            return PropertiesFiles.read(file).map(p -> new HolderInfo(p.getProperty("machine", "?"),
                    p.getProperty("user", "?"), LocalDateTime.parse(p.getProperty("since")),
                    Long.parseLong(p.getProperty("pid", "0"))));
        } catch (RuntimeException e) {
            return Optional.empty(); // a since or pid that does not parse: not a holder we can name
        }
    }

    /** Whether this record is ours (same machine and process). */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid() && machine.equals(Workstation.machine());
    }
}
