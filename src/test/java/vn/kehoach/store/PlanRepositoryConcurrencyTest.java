package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;

/**
 * Two workstations on one file: each aggregate saves only its own rows, in place, and a save based
 * on a version someone else has since replaced is refused, naming them. The second workstation is a
 * second connection pool on the same H2 file, or on the same PostgreSQL database.
 */
class PlanRepositoryConcurrencyTest {
    /** The audit log names the OS account (asked of the OS); both "workstations" of a test run as this one. */
    static final String FIRST_USER = Workstation.user();

    @TempDir
    Path temp;
    Database first;
    Database second;
    Fixtures f;
    Plan plan;

    @BeforeEach
    void open(StoreBackend backend) {
        DataLocation where = backend.newLocation(temp);
        first = Database.open(where, true);
        second = Database.open(where, false);
        f = new Fixtures(new OrganizationRepository(first));
        plan = new PlanRepository(first).save(f.conferencePlan());
    }

    @AfterEach
    void close() {
        second.close();
        first.close();
    }

    /** Runs {@code save} as the first workstation's clerk. */
    static <T> T asFirstUser(Supplier<T> save) {
        return save.get();
    }

    private static List<Long> ids(List<Task> tasks) {
        return tasks.stream().map(Task::id).toList();
    }

    @OnBothDatabases
    void theBuilderSavingItsCopyKeepsATaskAddedElsewhereAndAllTaskIds() {
        Plan inBuilder = new PlanRepository(first).get(plan.id());
        List<Long> before = ids(plan.tasks());
        Task added = new TaskService(second, java.time.Clock.systemDefaultZone()).add(plan.id(),
                Task.of(TaskKind.TASK, "Chuẩn bị hội trường", f.agriculture.id(), List.of(), LocalDate.of(2023, 10, 20)));

        Plan saved = new PlanRepository(first).save(PlanEdit.of(inBuilder).title("Tiêu đề mới").build());

        assertThat(saved.title()).isEqualTo("Tiêu đề mới");
        assertThat(saved.rowVersion()).isEqualTo(inBuilder.rowVersion() + 1);
        assertThat(ids(saved.tasks())).containsExactlyElementsOf(
                java.util.stream.Stream.concat(before.stream(), java.util.stream.Stream.of(added.id())).toList());
        assertThat(saved.conference()).isEqualTo(plan.conference());
        // the builder goes on saving on the version it got back
        Plan again = new PlanRepository(first).save(PlanEdit.of(saved).preamble("Lời mở đầu khác").build());
        assertThat(again.rowVersion()).isEqualTo(saved.rowVersion() + 1);
        assertThat(ids(again.tasks())).isEqualTo(ids(saved.tasks()));
    }

    @OnBothDatabases
    void aPlanSavedByTheFirstIsRefusedToTheSecondNamingTheFirst() {
        Plan atFirst = new PlanRepository(first).get(plan.id());
        Plan atSecond = new PlanRepository(second).get(plan.id());
        asFirstUser(() -> new PlanRepository(first).save(PlanEdit.of(atFirst).title("Bản của máy thứ nhất").build()));

        assertThatThrownBy(() -> new PlanRepository(second).save(PlanEdit.of(atSecond).title("Bản thứ hai").build()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(FIRST_USER)
                .hasMessageContaining(Workstation.machine())
                .hasMessageContaining("Bản của máy thứ nhất");
        assertThat(new PlanRepository(second).get(plan.id()).title()).isEqualTo("Bản của máy thứ nhất");
    }

    @OnBothDatabases
    void aDeletedPlanIsSaidToBeDeleted() {
        Plan atSecond = new PlanRepository(second).get(plan.id());
        asFirstUser(() -> {
            new PlanRepository(first).delete(plan.id());
            return null;
        });
        assertThatThrownBy(() -> new PlanRepository(second).save(atSecond))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("đã bị người dùng " + FIRST_USER)
                .satisfies(e -> assertThat(((ConcurrentEditException) e).deleted()).isTrue());
    }

    @OnBothDatabases
    void aTaskSavedByTheFirstIsRefusedToTheSecond() {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        Task atFirst = new TaskService(first, clock).ofPlan(plan.id()).get(0);
        Task atSecond = new TaskService(second, clock).ofPlan(plan.id()).get(0);
        Task saved = asFirstUser(() -> new TaskService(first, clock).update(plan.id(), withNote(atFirst, "Máy 1")));
        assertThat(saved.id()).isEqualTo(atFirst.id());
        assertThat(saved.rowVersion()).isEqualTo(atFirst.rowVersion() + 1);

        assertThatThrownBy(() -> new TaskService(second, clock).update(plan.id(), withNote(atSecond, "Máy 2")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(FIRST_USER).hasMessageContaining(Workstation.machine())
                .hasMessageContaining(atFirst.title());
        assertThat(new TaskService(second, clock).ofPlan(plan.id()).get(0).note()).isEqualTo("Máy 1");
        // the first goes on with the version it got back
        assertThat(new TaskService(first, clock).update(plan.id(), withNote(saved, "Máy 1 lần 2")).note())
                .isEqualTo("Máy 1 lần 2");
    }

    private static Task withNote(Task t, String note) {
        return new Task(t.id(), t.kind(), t.title(), t.details(), t.leadUnitId(), t.supportingUnitIds(),
                t.deliverable(), t.dueDate(), t.yearlyDueMonth(), t.yearlyDueDay(), t.daysBeforeEvent(), t.status(),
                t.doneDate(), note, t.rowVersion());
    }

    @OnBothDatabases
    void aNominationSavedByTheFirstIsRefusedToTheSecond() {
        AwardRepository awards = new AwardRepository(first);
        AwardForm merit = f.certificateOfMerit(awards);
        Movement movement = awards.saveMovement(f.movement(merit, plan.id()));
        Nomination stored = awards.saveNomination(f.nomination(movement.id(), merit));
        Nomination atSecond = new AwardRepository(second).nominations(movement.id()).get(0);
        Nomination saved = asFirstUser(() -> awards.saveNomination(withName(stored, "Nguyễn Văn Đức (sửa)")));
        assertThat(saved.rowVersion()).isEqualTo(1);

        assertThatThrownBy(() -> new AwardRepository(second).saveNomination(withName(atSecond, "Trần Thị B")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(FIRST_USER).hasMessageContaining(Workstation.machine());
        assertThat(new AwardRepository(second).nominations(movement.id())).containsExactly(saved);
    }

    private static Nomination withName(Nomination n, String name) {
        return new Nomination(n.id(), n.movementId(), n.nomineeKind(), name, n.positionTitle(), n.unitId(),
                n.districtId(), n.communeId(), n.villageId(), n.achievement(), n.awardFormId(), n.proposingBodyId(),
                n.receivedDate(), n.status(), n.returnReason(), n.decisionNumber(), n.decisionDate(), n.prizeAmount(),
                n.contributionAmount(), n.exemplary(), n.rowVersion());
    }

    @OnBothDatabases
    void anOrganizationSavedByTheFirstIsRefusedToTheSecond() {
        Organization atFirst = new OrganizationRepository(first).find(f.homeAffairs.id()).orElseThrow();
        Organization atSecond = new OrganizationRepository(second).find(f.homeAffairs.id()).orElseThrow();
        Organization saved = asFirstUser(() -> new OrganizationRepository(first).save(withEmail(atFirst, "snv@gialai.gov.vn")));
        assertThat(saved.rowVersion()).isEqualTo(atFirst.rowVersion() + 1);

        assertThatThrownBy(() -> new OrganizationRepository(second).save(withEmail(atSecond, "khac@gialai.gov.vn")))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(FIRST_USER).hasMessageContaining(Workstation.machine())
                .hasMessageContaining("Sở Nội vụ");
        assertThat(new OrganizationRepository(second).find(f.homeAffairs.id()).orElseThrow()).isEqualTo(saved);
    }

    private static Organization withEmail(Organization o, String email) {
        return new Organization(o.id(), o.fullName(), o.shortName(), o.level(), o.kind(), o.parentId(),
                o.archiveAbbreviation(), o.address(), email, o.sortOrder(), o.validFrom(), o.validUntil(),
                o.mergedIntoId(), o.ruralStandard(), o.ruralStandardYear(), o.rowVersion());
    }

    @OnBothDatabases
    void aConferenceSavedByTheFirstIsRefusedToTheSecond() {
        Conference atFirst = new ConferenceRepository(first).find(plan.id()).orElseThrow();
        Conference atSecond = new ConferenceRepository(second).find(plan.id()).orElseThrow();
        Conference saved = asFirstUser(() -> new ConferenceRepository(first).save(plan.id(),
                withChair(atFirst, "Phó Chủ tịch UBND tỉnh"), atFirst.rowVersion()));
        assertThat(saved.rowVersion()).isEqualTo(atFirst.rowVersion() + 1);

        assertThatThrownBy(() -> new ConferenceRepository(second).save(plan.id(), withChair(atSecond, "Giám đốc Sở"),
                atSecond.rowVersion()))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining(FIRST_USER).hasMessageContaining(Workstation.machine())
                .hasMessageContaining("hội nghị");
        assertThat(new ConferenceRepository(second).find(plan.id()).orElseThrow().chair())
                .isEqualTo("Phó Chủ tịch UBND tỉnh");
    }

    private static Conference withChair(Conference c, String chair) {
        return new Conference(c.kind(), c.format(), c.duration(), c.windowStart(), c.windowEnd(), c.timeNote(),
                c.expectedTotal(), chair, c.sites(), c.attendeeGroups(), c.agenda(), c.rowVersion());
    }

    @OnBothDatabases
    void savingTheConferenceLeavesTasksAndTheDocumentAlone() {
        Plan before = new PlanRepository(first).get(plan.id());
        Conference c = before.conference();
        Conference changed = new Conference(c.kind(), c.format(), "1/2 ngày", c.windowStart(), c.windowEnd(),
                c.timeNote(), c.expectedTotal(), c.chair(), c.sites(),
                List.of(new Conference.AttendeeGroup(null, Level.DISTRICT, "Chủ tịch UBND các huyện", 17)), c.agenda());

        new ConferenceRepository(second).save(plan.id(), changed, c.rowVersion());

        Plan after = new PlanRepository(first).get(plan.id());
        assertThat(after.tasks()).isEqualTo(before.tasks());
        assertThat(after.rowVersion()).isEqualTo(before.rowVersion());
        assertThat(after.outline()).isEqualTo(before.outline());
        assertThat(after.conference().duration()).isEqualTo("1/2 ngày");
        assertThat(after.conference().attendeeGroups()).extracting(Conference.AttendeeGroup::headCount)
                .containsExactly(17);
        // and the builder's copy, still at the plan's version, saves without conflict and without touching it
        Plan saved = new PlanRepository(second).save(PlanEdit.of(before).closingText("Kết thúc.").build());
        assertThat(saved.conference()).isEqualTo(after.conference());
        assertThat(saved.tasks()).isEqualTo(before.tasks());
    }
}
