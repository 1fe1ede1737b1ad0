package vn.kehoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.ServerDatabase;

/**
 * Where a benchmark builds its data: a new file in a temporary folder, or, when {@code --db}
 * names a PostgreSQL server ({@code postgresql://host:5432/kbench}), the empty database
 * {@code kbench_LABEL} on it (made beforehand by the server's administrator, see README).
 */
final class BenchDatabases {
    private BenchDatabases() {}

    static DataLocation fresh(KehoachCommand top, String label) throws IOException {
        if (top.db != null && top.home().location(top.db) instanceof ServerDatabase s) {
            return new ServerDatabase(s.host(), s.port(), s.name() + "_" + label, s.login());
        }
        return new DatabaseFile(Files.createTempDirectory("kehoach-bench").resolve(label));
    }

    /** Removes a benchmark's temporary folder (a province-sized database is 20-30 MB). */
    static void deleteQuietly(java.nio.file.Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
