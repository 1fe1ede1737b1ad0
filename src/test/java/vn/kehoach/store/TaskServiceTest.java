package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.StartSummary;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskFilter;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Urgency;
import vn.kehoach.domain.UserError;

/** Task CRUD and queries on a real H2 file and on PostgreSQL, overdue counted against a fixed clock (15/10/2023). */
class TaskServiceTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2023, 10, 15).atStartOfDay(ZONE).toInstant(), ZONE);

    @TempDir
    Path temp;
    Database db;
    Fixtures f;
    PlanRepository plans;
    TaskService service;
    Plan plan;

    @BeforeEach
    void open(StoreBackend backend) {
        db = Database.open(backend.newLocation(temp), true);
        f = new Fixtures(new OrganizationRepository(db));
        plans = new PlanRepository(db);
        service = new TaskService(db, CLOCK);
        plan = plans.save(f.conferencePlan());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @OnBothDatabases
    void addEditMoveDeleteEachInItsOwnTransaction() {
        Task added = service.add(plan.id(), Task.of(TaskKind.TASK, "Chuẩn bị hội trường", f.homeAffairs.id(),
                List.of(f.agriculture.id(), f.district.id()), LocalDate.of(2023, 10, 20)));
        assertThat(added.id()).isNotNull();
        assertThat(service.ofPlan(plan.id())).hasSize(4).last().isEqualTo(added);
        service.move(plan.id(), added.id(), 0);
        assertThat(service.ofPlan(plan.id()).get(0).id()).isEqualTo(added.id());
        Task delivered = service.markDelivered(plan.id(), added.id(), LocalDate.of(2023, 10, 14));
        assertThat(delivered.status()).isEqualTo(TaskStatus.DELIVERED);
        assertThat(delivered.supportingUnitIds()).containsExactly(f.agriculture.id(), f.district.id());
        service.delete(plan.id(), added.id());
        assertThat(service.ofPlan(plan.id())).hasSize(3).noneMatch(t -> t.id().equals(added.id()));
        assertThatThrownBy(() -> service.add(plan.id(), Task.of(TaskKind.TASK, " ", null, List.of(), null)))
                .isInstanceOf(UserError.class).hasMessageContaining("nội dung");
        assertThatThrownBy(() -> service.add(plan.id(), Task.of(TaskKind.TASK, "x", f.homeAffairs.id(),
                List.of(f.homeAffairs.id()), null))).isInstanceOf(UserError.class);
        // the plan read whole sees the same tasks
        assertThat(plans.get(plan.id()).tasks()).isEqualTo(service.ofPlan(plan.id()));
    }

    @OnBothDatabases
    void anIssuedPlanOnlyTakesStatusUpdates() {
        plans.issue(plan.id(), 25, LocalDate.of(2023, 9, 1));
        Task open = service.ofPlan(plan.id()).get(1);
        assertThat(service.markDelivered(plan.id(), open.id(), LocalDate.of(2023, 9, 19)).status())
                .isEqualTo(TaskStatus.DELIVERED);
        assertThatThrownBy(() -> service.add(plan.id(), Task.of(TaskKind.TASK, "Mới", null, List.of(), null)))
                .isInstanceOf(UserError.class).hasMessageContaining("đã ban hành");
        assertThatThrownBy(() -> service.delete(plan.id(), open.id())).isInstanceOf(UserError.class);
    }

    @OnBothDatabases
    void filtersAcrossPlansAndSearchIgnoringDiacritics() {
        Plan second = plans.save(f.conferencePlan());
        assertThat(service.list(TaskFilter.all())).hasSize(6);
        assertThat(service.list(TaskFilter.all().withPlan(second.id()))).hasSize(3)
                .allMatch(r -> r.planId() == second.id());
        // Sở Nội vụ only supports the first task of each plan
        assertThat(service.list(TaskFilter.all().withUnit(f.homeAffairs.id()))).hasSize(2);
        assertThat(service.list(TaskFilter.all().withUnit(f.district.id()))).hasSize(4);
        assertThat(service.list(TaskFilter.all().withStatus(TaskStatus.IN_PROGRESS))).hasSize(2);
        // 15/10/2023: the presentation due 20/09/2023 is overdue; yearly 15/01 is overdue this year too
        List<TaskRow> overdue = service.list(TaskFilter.all().withOverdue(true));
        assertThat(overdue).hasSize(4).allMatch(r -> r.urgency() == Urgency.OVERDUE);
        assertThat(service.list(TaskFilter.all().withSearch("ocop")))
                .hasSize(2).allMatch(r -> r.task().kind() == TaskKind.PRESENTATION);
        assertThat(service.list(TaskFilter.all().withSearch("gui dang ky thi dua"))).hasSize(2);
        assertThat(service.list(TaskFilter.all().withSearch("nong nghiep phat trien"))).hasSize(4);
    }

    @OnBothDatabases
    void dueSoonAndTheStartPageSummary() {
        service.add(plan.id(), Task.of(TaskKind.TASK, "Gửi danh sách đại biểu", f.homeAffairs.id(), List.of(),
                LocalDate.of(2023, 10, 20)));
        assertThat(service.list(TaskFilter.all().withDueSoon(true))).extracting(r -> r.task().title())
                .containsExactly("Gửi danh sách đại biểu");
        StartSummary s = service.startSummary();
        assertThat(s.byUnit()).extracting(StartSummary.UnitItems::unitName).contains(
                "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nội vụ");
        StartSummary.UnitItems home = s.byUnit().stream().filter(u -> f.homeAffairs.id().equals(u.unitId()))
                .findFirst().orElseThrow();
        assertThat(home.dueSoon()).hasSize(1);
        assertThat(home.overdue()).isEmpty();
        assertThat(s.perPlan()).hasSize(1);
        assertThat(s.perPlan().get(0).counts()).containsEntry(TaskStatus.DELIVERED, 1)
                .containsEntry(TaskStatus.NOT_STARTED, 2).containsEntry(TaskStatus.IN_PROGRESS, 1);
    }

    @OnBothDatabases
    void theSavePathsRefuseWhatTheInputRulesRefuseWhateverTheCaller() {
        int before = service.ofPlan(plan.id()).size();
        assertThatThrownBy(() -> service.add(plan.id(),
                        Task.of(TaskKind.TASK, "x".repeat(4001), null, List.of(), null)))
                .isInstanceOf(vn.kehoach.domain.InvalidInput.class)
                .hasMessage("Trường «Nội dung nhiệm vụ»: dài 4.001 ký tự, tối đa 4.000.");
        assertThatThrownBy(() -> service.addAll(plan.id(), List.of(
                        Task.of(TaskKind.TASK, "Đúng", null, List.of(), null),
                        Task.of(TaskKind.TASK, "Hạn", null, List.of(), LocalDate.of(0, 1, 1)))))
                .hasMessageContaining("«Thời hạn»");
        assertThat(service.ofPlan(plan.id())).hasSize(before);
        Plan bad = new Plan(plan.id(), plan.kind(), plan.status(), plan.header(), "Tiêu đề\u202E", plan.legalBases(),
                plan.preamble(), plan.outline(), plan.closingText(), plan.contactText(), plan.signature(),
                plan.recipients(), plan.archiveLine(), plan.version(), plan.previousVersionId(), plan.tasks(),
                plan.conference());
        assertThatThrownBy(() -> plans.save(bad)).hasMessageContaining("«Trích yếu»");
        assertThat(plans.get(plan.id()).title()).isEqualTo(plan.title());
        // text typed decomposed (NFD) is stored composed
        Task nfd = service.add(plan.id(), Task.of(TaskKind.TASK,
                java.text.Normalizer.normalize("Tổng hợp báo cáo", java.text.Normalizer.Form.NFD), null,
                List.of(), null));
        assertThat(service.ofPlan(plan.id())).extracting(Task::title).contains("Tổng hợp báo cáo");
        assertThat(nfd.title()).isEqualTo("Tổng hợp báo cáo");
    }

    /** "10 ngày trước hội nghị cấp huyện" counts from the district meeting, not from the province's. */
    @OnBothDatabases
    void aTaskCountingFromALevelsMeetingIsDueAgainstThatMeeting() {
        var c = plan.conference();
        var district = new vn.kehoach.domain.Conference.Site(null, vn.kehoach.domain.Level.DISTRICT,
                "Do cấp huyện bố trí", null, null, LocalDate.of(2023, 10, 20), null, null,
                vn.kehoach.domain.Level.PROVINCE);
        new ConferenceRepository(db).save(plan.id(), new vn.kehoach.domain.Conference(c.kind(), c.format(),
                c.duration(), LocalDate.of(2023, 12, 1), null, null, null, null, List.of(district), List.of(),
                List.of()), c.rowVersion());
        Task fromDistrict = service.add(plan.id(), new Task(null, TaskKind.TASK, "Gửi báo cáo của huyện", null, null,
                List.of(), null, null, null, null, 10, null, null, null, "Ủy ban nhân dân các huyện",
                vn.kehoach.domain.Level.DISTRICT, 0));
        Task fromProvince = service.add(plan.id(), Task.of(TaskKind.TASK, "Gửi báo cáo của tỉnh", null, List.of(), null));
        fromProvince = service.update(plan.id(), new Task(fromProvince.id(), TaskKind.TASK, fromProvince.title(), null,
                null, List.of(), null, null, null, null, 10, null, null, null, fromProvince.rowVersion()));
        List<TaskRow> rows = service.list(TaskFilter.all().withPlan(plan.id()));
        TaskRow d = rows.stream().filter(r -> r.task().id().equals(fromDistrict.id())).findFirst().orElseThrow();
        assertThat(d.due()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(d.urgency()).isEqualTo(Urgency.OVERDUE);
        long provinceId = fromProvince.id();
        TaskRow p = rows.stream().filter(r -> r.task().id() == provinceId).findFirst().orElseThrow();
        assertThat(p.due()).isEqualTo(LocalDate.of(2023, 11, 21));
        assertThat(service.list(TaskFilter.all().withSearch("uy ban nhan dan cac huyen"))).extracting(r -> r.task().id())
                .containsExactly(fromDistrict.id());
    }
}
