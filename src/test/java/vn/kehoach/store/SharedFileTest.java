package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.UserError;

/** Two processes on one database file, as two workstations on the LAN drive. */
class SharedFileTest {
    @TempDir
    Path temp;

    /** The other JVM, driven line by line. */
    private static final class Other implements AutoCloseable {
        final Process process;
        final PrintWriter in;
        final BufferedReader out;

        Other(DatabaseFile file, String mode) throws Exception {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dkehoach.logdir=" + file.folder().resolve("logs-other"),
                    SecondProcess.class.getName(), file.dataFile().toString(), mode)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("ready");
        }

        String ask(String command) throws Exception {
            in.println(command);
            return out.readLine();
        }

        @Override
        public void close() throws Exception {
            in.println("quit");
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static Organization dept(String shortName) {
        return Organization.of("Sở " + shortName, shortName, Level.PROVINCE, OrganizationKind.DEPARTMENT, null);
    }

    @Test
    void twoProcessesReadAndWriteTheSameFile() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        try (Database holder = Database.open(file, true)) {
            assertThat(holder.isHolder()).isTrue();
            assertThat(HolderInfo.readFrom(file.holderFile())).get()
                    .satisfies(h -> assertThat(h.isThisProcess()).isTrue());
            OrganizationRepository orgs = new OrganizationRepository(holder);
            orgs.save(dept("SNN"));
            try (Other other = new Other(file, "shared")) {
                assertThat(other.ask("has SNN")).isEqualTo("true");
                assertThat(other.ask("insert STC")).isEqualTo("ok");
                assertThat(orgs.all()).extracting(Organization::shortName).contains("SNN", "STC");
                orgs.save(dept("SNV"));
                assertThat(other.ask("has SNV")).isEqualTo("true");
            }
        }
    }

    @Test
    void unreachableHolderIsNamedAndTheLatestBackupOpensReadOnly() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(dept("SNN"));
            new BackupService(home).backup(db);
        }
        try (Other other = new Other(file, "unreachable")) {
            assertThatThrownBy(() -> Database.open(file, false))
                    .isInstanceOf(DatabaseLockedException.class)
                    .hasMessageContaining("may-phong-ke-hoach")
                    .hasMessageContaining("chuyenvien")
                    .hasMessageContaining("08:15 23/11/2026")
                    .satisfies(e -> assertThat(e.getLocalizedMessage()).doesNotContain("Exception", "org.h2"));

            BackupService.Backup latest = new BackupService(home).latest(file).orElseThrow();
            try (AppContext copy = AppContext.openCopy(home, latest)) {
                assertThat(copy.isReadOnly()).isTrue();
                assertThat(copy.copyOf()).contains(latest);
                assertThat(copy.organizations().all()).extracting(Organization::shortName).containsExactly("SNN");
                assertThatThrownBy(() -> copy.organizations().save(dept("STC")))
                        .isInstanceOf(UserError.class)
                        .extracting(e -> ((UserError) e).key()).isEqualTo("db.readOnly");
            }
        }
        // the file was not harmed: it opens again once the holder is gone
        try (Database again = Database.open(file, false)) {
            assertThat(new OrganizationRepository(again).all()).hasSize(1);
        }
    }
}
