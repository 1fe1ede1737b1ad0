package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;

/** The shared file's TCP server admits the application's rows and nothing more. */
class DatabaseSecurityTest {
    @TempDir
    Path temp;

    @Test
    void anIntruderWithTheSharesCredentialsCanNeitherRunCodeNorWriteFiles() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        Path marker = temp.resolve("pwned.txt");
        try (Database holder = Database.open(file, true)) {
            assertThat(holder.isHolder()).isTrue();
            Process p = new ProcessBuilder(OtherProcess.javaCommand(), OtherProcess.QUICK_START.get(0),
                    OtherProcess.QUICK_START.get(1), "-cp", System.getProperty("java.class.path"),
                    "-Dkehoach.logdir=" + temp.resolve("logs-intruder"), Intruder.class.getName(),
                    file.dataFile().toString(), marker.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = output.lines()
                    .filter(l -> l.startsWith("ran") || l.startsWith("refused") || l.startsWith("session")
                            || l.equals("done"))
                    .toList();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(lines).contains("session SessionRemote", "done"); // really through the holder's TCP port
            assertThat(lines).filteredOn(l -> l.startsWith("ran")).isEmpty();
            assertThat(lines).filteredOn(l -> l.startsWith("refused")).hasSize(3 + 15);
            assertThat(marker).doesNotExist();
            // the holder goes on as before
            new OrganizationRepository(holder).save(Organization.of("Sở Nội vụ", "SNV", Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, null));
            assertThat(new OrganizationRepository(holder).all()).hasSize(1);
        }
    }

    @Test
    void aFileOfAnEarlierVersionGetsItsOwnUserAndTheOldPasswordStopsWorking() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("old").resolve("kehoach"));
        Files.createDirectories(file.folder());
        String url = "jdbc:h2:file:" + file.jdbcPath();
        DatabaseAccess legacy = DatabaseAccess.LEGACY;
        try (Connection c = DriverManager.getConnection(url, legacy.user(), legacy.password())) {
            Migrations.run(new JdbcLogin(url, legacy.user(), legacy.password()), "h2");
            Database.execute(c, "INSERT INTO ORGANIZATION(FULL_NAME, SHORT_NAME, LEVEL, KIND) "
                    + "VALUES ('Sở Tài chính', 'STC', 'PROVINCE', 'DEPARTMENT')");
        }
        try (Database db = Database.open(file, false)) {
            assertThat(new OrganizationRepository(db).all()).extracting(Organization::shortName).containsExactly("STC");
        }
        assertThat(DatabaseAccess.readFrom(file.accessFile())).get()
                .extracting(DatabaseAccess::user).isEqualTo(DatabaseAccess.APP_USER);
        assertThatThrownBy(() -> DriverManager.getConnection(url, legacy.user(), legacy.password()).close())
                .hasMessageContaining("Wrong user name or password");
        try (Database again = Database.open(file, false)) {
            assertThat(new OrganizationRepository(again).all()).hasSize(1);
        }
    }

    @Test
    void aPathThatCarriesUrlSettingsIsRefusedAndNothingRuns() throws IOException {
        Path marker = temp.resolve("init-ran.txt");
        String hostile = temp.resolve("kehoach").toString() + ";INIT=CALL FILE_WRITE('x','" + marker + "')";
        assertThatThrownBy(() -> DatabaseFile.of(Path.of(hostile)))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("db.badPath"));
        assertThatThrownBy(() -> new DatabaseFile(Path.of(temp.toString(), "a\u0000b")))
                .isInstanceOf(RuntimeException.class);
        assertThat(marker).doesNotExist();
        try (var files = Files.list(temp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aMissingAccessFileIsNamed() {
        DatabaseFile file = new DatabaseFile(temp.resolve("kehoach"));
        Database.open(file, true).close();
        try {
            Files.delete(file.accessFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThatThrownBy(() -> Database.open(file, false))
                .isInstanceOf(UserError.class)
                .satisfies(e -> assertThat(((UserError) e).key()).isEqualTo("db.accessMissing"))
                .hasMessageContaining(file.accessFile().getFileName().toString());
    }
}
