package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening skips Flyway when the database is up to date; that depends on this constant being the
 * newest migration, for H2 and for PostgreSQL alike. Flyway refuses a file whose applied
 * migrations changed since, so the H2 migrations must keep the checksums earlier versions wrote.
 */
class SchemaVersionTest {
    /** Flyway's checksums of the migrations as files of earlier versions recorded them. */
    private static final Map<String, Integer> H2_CHECKSUMS = Map.of("1", 264500527, "2", 1037548587, "3", -106062532,
            "4", -1219951829, "5", -830753862, "6", -2125576150, "7", 704010837,
            "8", 1428693863, "9", 753520024);

    @TempDir
    java.nio.file.Path temp;

    private static Map<String, Integer> checksums(String vendorFolder) {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "")
                .locations(Migrations.locations(vendorFolder)).load();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (MigrationInfo m : flyway.info().all()) {
            out.put(m.getVersion().getVersion(), m.getChecksum());
        }
        return out;
    }

    @Test
    void theConstantIsTheNewestMigrationOfEachDatabase() {
        for (String vendor : new String[] {"h2", "postgresql"}) {
            Map<String, Integer> all = checksums(vendor);
            assertThat(all.keySet()).as(vendor).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
            assertThat(all.keySet().stream().mapToInt(Integer::parseInt).max().orElseThrow())
                    .isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void theH2MigrationsAreThoseExistingFilesWereMadeWith() {
        assertThat(checksums("h2")).isEqualTo(H2_CHECKSUMS);
    }

    @Test
    void aNewFileIsAtTheNewestVersion() {
        try (Database db = Database.open(new DatabaseFile(temp.resolve("kehoach")), true)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }
}
