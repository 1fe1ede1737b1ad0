package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Task;
import vn.kehoach.store.jooq.Tables;

/**
 * What a server makes possible: workstations in their own JVMs writing to one PostgreSQL database
 * at the same moment. Every row each adds is there, and every edit of a row that both edit either
 * is saved on the version it read or is refused: none overwrites another silently.
 */
@ExtendWith(WithPostgres.class)
class TwoWorkstationsOnServerTest {
    private static final int ROUNDS = 15;

    @TempDir
    Path temp;

    private record Shared(long plan, long task, long movement, long nomination) {}

    private static Shared prepare(ServerDatabase where) {
        try (Database db = Database.open(where, false)) {
            Fixtures f = new Fixtures(new OrganizationRepository(db));
            Plan plan = new PlanRepository(db).save(f.conferencePlan());
            AwardRepository awards = new AwardRepository(db);
            AwardForm merit = f.certificateOfMerit(awards);
            Movement movement = awards.saveMovement(f.movement(merit, plan.id()));
            Nomination nomination = awards.saveNomination(f.nomination(movement.id(), merit));
            return new Shared(plan.id(), plan.tasks().get(0).id(), movement.id(), nomination.id());
        }
    }

    private OtherProcess workstation(ServerDatabase where) throws Exception {
        return new OtherProcess(temp.resolve("logs"), ServerWorkstation.class, where.host(),
                String.valueOf(where.port()), where.name(), where.login().user(), where.login().password());
    }

    @Test
    void twoJvmsAddAndEditTasksAndNominationsAtOnceAndNothingIsOverwrittenSilently(PostgresServer server)
            throws Exception {
        ServerDatabase where = server.newDatabase("two_writers");
        Shared s = prepare(where);
        int[] a;
        int[] b;
        try (OtherProcess first = workstation(where); OtherProcess second = workstation(where)) {
            String args = " " + ROUNDS + " " + s.plan() + " " + s.task() + " " + s.movement() + " " + s.nomination();
            first.send("write A" + args);
            second.send("write B" + args);
            a = counts(first.readLine());
            b = counts(second.readLine());
        }
        try (Database db = Database.open(where, false)) {
            List<Task> tasks = new TaskService(db, Clock.systemDefaultZone()).ofPlan(s.plan());
            List<Nomination> nominations = new AwardRepository(db).nominations(s.movement());
            for (String tag : List.of("A", "B")) {
                assertThat(tasks).filteredOn(t -> t.title().startsWith(tag + "-")).hasSize(ROUNDS);
                assertThat(nominations).filteredOn(n -> n.nomineeName().startsWith(tag + "-")).hasSize(ROUNDS);
            }
            // each edit of the shared rows was saved on the version it read, or refused
            assertThat(a[0] + a[1]).isEqualTo(ROUNDS);
            assertThat(b[2] + b[3]).isEqualTo(ROUNDS);
            Task sharedTask = tasks.stream().filter(t -> t.id() == s.task()).findFirst().orElseThrow();
            Nomination sharedNomination = nominations.stream().filter(n -> n.id() == s.nomination()).findFirst()
                    .orElseThrow();
            assertThat(sharedTask.rowVersion()).isEqualTo(a[0] + b[0]);
            assertThat(sharedNomination.rowVersion()).isEqualTo(a[2] + b[2]);
            assertThat(updatesRecorded(db, "task", s.task())).isEqualTo(a[0] + b[0]);
            assertThat(updatesRecorded(db, "nomination", s.nomination())).isEqualTo(a[2] + b[2]);
            // the row shows the last save, whoever made it
            assertThat(sharedTask.note()).matches("[AB]-\\d+");
        }
    }

    private static int updatesRecorded(Database db, String entity, long id) {
        return db.read(dsl -> dsl.fetchCount(Tables.AUDIT_LOG, Tables.AUDIT_LOG.ACTION.eq("UPDATE")
                .and(Tables.AUDIT_LOG.ENTITY.eq(entity)).and(Tables.AUDIT_LOG.ENTITY_ID.eq(id))));
    }

    private static int[] counts(String line) {
        assertThat(line).startsWith("done ");
        String[] p = line.split(" ");
        return new int[] {Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]),
                Integer.parseInt(p[4])};
    }

    @Test
    void aConflictingEditOfThePlanFromAnotherJvmIsRefusedWithTheClearMessage(PostgresServer server)
            throws Exception {
        ServerDatabase where = server.newDatabase("plan_conflict");
        Shared s = prepare(where);
        try (OtherProcess first = workstation(where); OtherProcess second = workstation(where)) {
            assertThat(first.ask("open " + s.plan())).isEqualTo("ok");
            assertThat(second.ask("open " + s.plan())).isEqualTo("ok");
            assertThat(first.ask("retitle Bản của máy thứ nhất")).isEqualTo("ok");
            assertThat(second.ask("retitle Bản của máy thứ hai"))
                    .startsWith("refused ")
                    .contains("đã được người dùng " + Workstation.user())
                    .contains("Thay đổi của anh/chị chưa được lưu");
        }
        try (Database db = Database.open(where, false)) {
            assertThat(new PlanRepository(db).get(s.plan()).title()).isEqualTo("Bản của máy thứ nhất");
        }
    }
}
