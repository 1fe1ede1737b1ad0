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
}
