package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.UserError;

/** Two processes on one database file, as two workstations on the LAN drive. */
class SharedFileTest {
    @TempDir
    Path temp;

    @Test
    void twoProcessesReadAndWriteTheSameFile() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        try (Database holder = Database.open(file, true)) {
            assertThat(holder.isHolder()).isTrue();
            assertThat(HolderInfo.readFrom(file.holderFile())).get()
                    .satisfies(h -> assertThat(h.isThisProcess()).isTrue());
            OrganizationRepository orgs = new OrganizationRepository(holder);
            orgs.save(Fixtures.dept("SNN"));
            try (OtherProcess other = new OtherProcess(file, "shared")) {
                assertThat(other.ask("has SNN")).isEqualTo("true");
                assertThat(other.ask("insert STC")).isEqualTo("ok");
                assertThat(orgs.all()).extracting(Organization::shortName).contains("SNN", "STC");
                orgs.save(Fixtures.dept("SNV"));
                assertThat(other.ask("has SNV")).isEqualTo("true");
            }
        }
    }

    @Test
    void unreachableHolderIsNamedAndTheLatestBackupOpensReadOnly() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(Fixtures.dept("SNN"));
            new BackupService(home).backup(db);
        }
        // a start waits 10 s for a holder that may be about to answer; 2 s (some ten tries) are enough here
        System.setProperty(OpenPatience.PATIENCE_PROPERTY, "2000");
        try (OtherProcess other = new OtherProcess(file, "unreachable")) {
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
                assertThatThrownBy(() -> copy.organizations().save(Fixtures.dept("STC")))
                        .isInstanceOf(UserError.class)
                        .extracting(e -> ((UserError) e).key()).isEqualTo("db.readOnly");
            }
        } finally {
            System.clearProperty(OpenPatience.PATIENCE_PROPERTY);
        }
        // the file was not harmed: it opens again once the holder is gone
        try (Database again = Database.open(file, false)) {
            assertThat(new OrganizationRepository(again).all()).hasSize(1);
        }
    }

    @Test
    void whenTheHolderLeavesTheOtherBecomesTheHolderAndItsNextSaveSucceeds() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        Database.open(file, true).close();
        try (OtherProcess holder = new OtherProcess(file, "shared")) {
            assertThat(holder.ask("insert SNN")).isEqualTo("ok");
            try (Database db = Database.open(file, false)) {
                assertThat(db.isHolder()).isFalse();
                OrganizationRepository orgs = new OrganizationRepository(db);
                orgs.save(Fixtures.dept("STC"));
                holder.kill();
                orgs.save(Fixtures.dept("SNV")); // reconnects: this process opens the file itself
                assertThat(db.isHolder()).isTrue();
                assertThat(orgs.all()).extracting(Organization::shortName).contains("SNN", "STC", "SNV");
            }
        }
        try (Database again = Database.open(file, false)) {
            assertThat(new OrganizationRepository(again).all()).hasSize(3);
        }
    }

    @Test
    void twoWorkstationsEditTheSamePlanAndTheLaterSaveIsRefusedNamingTheEarlierOne() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("lan").resolve("kehoach"));
        long planId;
        try (vn.kehoach.app.AppContext ctx = vn.kehoach.app.AppContext.open(new AppHome(temp.resolve("home")), file,
                true)) {
            vn.kehoach.app.SampleData.loadIntoEmpty(ctx);
            planId = ctx.plans().summaries().stream().filter(s -> s.status() == vn.kehoach.domain.PlanStatus.DRAFT)
                    .findFirst().orElseThrow().id(); // an issued plan is frozen
        }
        try (Database db = Database.open(file, false)) {
            PlanRepository plans = new PlanRepository(db);
            vn.kehoach.domain.Plan mine = plans.get(planId); // loaded before the other workstation saves
            try (OtherProcess other = new OtherProcess(file, "shared")) {
                assertThat(other.ask("retitle " + planId + " Tiêu đề của máy kia")).isEqualTo("ok");
            }
            vn.kehoach.domain.Plan edited = vn.kehoach.domain.PlanEdit.of(mine).title("Tiêu đề của tôi").build();
            assertThatThrownBy(() -> plans.save(edited))
                    .isInstanceOf(ConcurrentEditException.class)
                    .hasMessageContaining(Workstation.user())
                    .hasMessageContaining(Workstation.machine());
            assertThat(edited.title()).isEqualTo("Tiêu đề của tôi"); // what was typed is still in hand
            assertThat(plans.get(planId).title()).isEqualTo("Tiêu đề của máy kia");
        }
    }
}
