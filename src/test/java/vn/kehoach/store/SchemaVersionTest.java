package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway when the file is up to date; that depends on this constant being the newest migration. */
class SchemaVersionTest {
    @TempDir
    Path temp;

    @Test
    void theConstantIsTheNewestMigration() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
        }
    }

    @Test
    void aNewFileIsAtTheNewestVersion() {
        try (Database db = Database.open(new DatabaseFile(temp.resolve("kehoach")), true)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
