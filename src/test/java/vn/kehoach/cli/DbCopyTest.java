package vn.kehoach.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.store.PlanRepository;
import vn.kehoach.store.PlanTransfer;
import vn.kehoach.store.PostgresServer;
import vn.kehoach.store.ServerDatabase;
import vn.kehoach.store.WithPostgres;
import vn.kehoach.store.backup.BackupSchema;
import vn.kehoach.store.planfile.PlanFile;

/**
 * Moving an office: {@code db-copy} of the sample database to PostgreSQL and back gives the same
 * plan file for every plan, the same ids and rows; a target that holds data, and a target signed
 * in to as the application's role (who may not create tables), are refused and left as they were.
 */
@ExtendWith(WithPostgres.class)
class DbCopyTest {
    @TempDir
    Path temp;

    private AppHome home(ServerDatabase server) throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        home.rememberServerLogin(server.login()); // as the person would in Settings
        return home;
    }

    @Test
    void theSampleGoesToTheServerAndBackWithEveryPlanFileEqual(PostgresServer pg) throws Exception {
        DatabaseFile office = new DatabaseFile(temp.resolve("office").resolve("kehoach"));
        ServerDatabase server = pg.emptyDatabase("office");
        AppHome home = home(server);
        assertThat(CliRun.run(home, "--db", office.toString(), "init-sample").exit()).isZero();

        CliRun.Result there = CliRun.run(home, "--db", office.toString(), "db-copy", "--to", server.identity());
        assertThat(there.exit()).as(there.err()).isZero();
        assertThat(there.out()).contains("Đã chép").contains(server.identity());
        DatabaseFile back = new DatabaseFile(temp.resolve("offline").resolve("kehoach"));
        CliRun.Result again = CliRun.run(home, "db-copy", "--from", server.identity(), "--to", back.dataFile().toString());
        assertThat(again.exit()).as(again.err()).isZero();

        try (Database original = Database.open(office, false); Database onServer = Database.open(server, false);
             Database returned = Database.open(back, false)) {
            List<PlanSummary> plans = new PlanRepository(original).summaries();
            assertThat(plans).hasSize(3);
            assertThat(new PlanRepository(onServer).summaries()).isEqualTo(plans);
            for (PlanSummary p : plans) {
                PlanFile file = new PlanTransfer(original).toFile(p.id());
                assertThat(new PlanTransfer(onServer).toFile(p.id())).isEqualTo(file);
                assertThat(new PlanTransfer(returned).toFile(p.id())).isEqualTo(file);
            }
            for (var table : BackupSchema.tables()) {
                int rows = original.read(dsl -> dsl.fetchCount(table));
                // each copy records itself in the audit log of its target
                int extra = table.getName().equals("AUDIT_LOG") ? 1 : 0;
                int onServerRows = onServer.read(dsl -> dsl.fetchCount(table));
                int returnedRows = returned.read(dsl -> dsl.fetchCount(table));
                assertThat(onServerRows).as(table.getName()).isEqualTo(rows + extra);
                assertThat(returnedRows).as(table.getName()).isEqualTo(rows + 2 * extra);
            }
            // new rows continue after the copied ids
            long highest = new OrganizationRepository(original).all().stream().mapToLong(Organization::id).max()
                    .orElseThrow();
            Organization added = new OrganizationRepository(onServer).save(Organization.of("Sở Xây dựng", "Sở XD",
                    Level.PROVINCE, OrganizationKind.DEPARTMENT, null));
            assertThat(added.id()).isGreaterThan(highest);
        }
    }

    @Test
    void aTargetWithDataAndAnAppRoleThatMayNotCreateTablesAreRefused(PostgresServer pg) throws Exception {
        DatabaseFile office = new DatabaseFile(temp.resolve("office").resolve("kehoach"));
        ServerDatabase used = pg.newDatabase("used");
        AppHome home = home(used);
        assertThat(CliRun.run(home, "--db", office.toString(), "init-sample").exit()).isZero();
        assertThat(CliRun.run(home, "--db", used.identity(), "init", "--province", "Lai Châu").exit()).isZero();

        CliRun.Result refused = CliRun.run(home, "--db", office.toString(), "db-copy", "--to", used.identity());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("đã có dữ liệu").contains("Không có gì được chép");
        try (Database db = Database.open(used, false)) {
            assertThat(new PlanRepository(db).summaries()).isEmpty();
        }

        // the application's role reads and writes rows; creating the tables is the owner's
        ServerDatabase empty = pg.emptyDatabase("empty").as(PostgresServer.APP);
        CliRun.Result noRight = CliRun.run(home(empty), "--db", office.toString(), "db-copy", "--to", empty.identity());
        assertThat(noRight.exit()).isEqualTo(1);
        assertThat(noRight.err()).contains("vai trò sở hữu");
    }
}
