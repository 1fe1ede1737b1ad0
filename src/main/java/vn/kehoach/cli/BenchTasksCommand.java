package vn.kehoach.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.BenchData;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskFilter;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.store.TaskService;

/**
 * {@code bench-tasks}: times the matrix view-model at 300 units × 500 tasks and the overdue and
 * due-soon queries at 20,000 tasks over 200 plans, on databases built in a temporary folder.
 * Prints a Markdown table.
 */
@Command(name = "bench-tasks")
final class BenchTasksCommand implements Callable<Integer> {
    @ParentCommand
    KehoachCommand top;

    @Option(names = "--runs", defaultValue = "20", descriptionKey = "benchtasks.runs")
    int runs;

    @Override
    public Integer call() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
        Clock clock = Clock.fixed(LocalDate.of(2024, 6, 1).atStartOfDay(zone).toInstant(), zone);
        top.out().println("| thao tác | trung vị (ms) | p95 (ms) |");
        top.out().println("|---|---:|---:|");
        try (AppContext ctx = AppContext.open(top.home(), BenchDatabases.fresh(top, "matrix"), true)) {
            Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Thử nghiệm",
                    "UBND tỉnh", Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
            List<Organization> units = new ArrayList<>();
            for (int i = 0; i < 299; i++) {
                Level level = i < 40 ? Level.PROVINCE : i < 60 ? Level.DISTRICT : Level.COMMUNE;
                units.add(ctx.organizations().save(Organization.of("Đơn vị thử số " + i, "ĐV " + i, level,
                        OrganizationKind.OTHER, province.id())));
            }
            List<Task> tasks = new ArrayList<>();
            for (int t = 0; t < 500; t++) {
                long lead = units.get(t % units.size()).id();
                long s1 = units.get((t * 7 + 1) % units.size()).id();
                long s2 = units.get((t * 13 + 2) % units.size()).id();
                List<Long> sup = new ArrayList<>();
                for (long s : new long[] {s1, s2}) {
                    if (s != lead && !sup.contains(s)) {
                        sup.add(s);
                    }
                }
                tasks.add(new Task(null, t % 5 == 0 ? TaskKind.PRESENTATION : TaskKind.TASK, "Nhiệm vụ số " + t,
                        null, lead, sup, null, LocalDate.of(2024, 1 + t % 12, 1 + t % 28), null, null, null,
                        TaskStatus.values()[t % 4], null, null));
            }
            Plan plan = ctx.plans().save(new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT,
                    new PlanHeader(null, null, province.id(), "ỦY BAN NHÂN DÂN", null, "KH-UBND", "Thử nghiệm", null,
                            2024), "Kế hoạch thử 500 nhiệm vụ", List.of(), null, List.of(), null, null, null,
                    List.of(), null, 1, null, tasks, null));
            TaskService service = ctx.taskService(clock);
            List<Organization> directory = ctx.organizations().all();
            List<Task> stored = service.ofPlan(plan.id());
            time("300 đơn vị × 500 nhiệm vụ: đọc nhiệm vụ và danh mục", () -> List.of(service.ofPlan(plan.id()),
                    ctx.organizations().all()));
            time("300 × 500: TaskMatrix.build (dựng ma trận, 150.000 ô)",
                    () -> TaskMatrix.build(stored, directory, true));
            TaskMatrix m = TaskMatrix.build(stored, directory, true);
            time("300 × 500: đọc cả 150.000 ô (vẽ lại toàn bộ)", () -> {
                int n = 0;
                for (int r = 0; r < m.rowCount(); r++) {
                    for (int c = 0; c < m.columnCount(); c++) {
                        n += m.role(r, c).ordinal();
                    }
                }
                return n;
            });
            time("300 × 500: nhiệm vụ quá hạn của kế hoạch", () -> service.list(TaskFilter.all()
                    .withPlan(plan.id()).withOverdue(true)));
        }
        long t0 = System.nanoTime();
        try (AppContext ctx = AppContext.open(top.home(), BenchDatabases.fresh(top, "tasks"), true)) {
            BenchData.Sizes sizes = BenchData.fill(ctx, 1_000, 200, 100, 0);
            top.out().printf("| (tạo %d kế hoạch, %d nhiệm vụ: %d s) | | |%n", sizes.plans(), sizes.tasks(),
                    (System.nanoTime() - t0) / 1_000_000_000);
            TaskService service = ctx.taskService(clock);
            time("20.000 nhiệm vụ / 200 kế hoạch: quá hạn (TaskService.list)",
                    () -> service.list(TaskFilter.all().withOverdue(true)));
            time("20.000 nhiệm vụ: quá hạn (TaskRepository.openDueBefore, chỉ SQL)",
                    () -> ctx.tasks().openDueBefore(LocalDate.of(2024, 6, 1)));
            time("20.000 nhiệm vụ: sắp đến hạn trong 7 ngày", () -> service.list(TaskFilter.all().withDueSoon(true)));
            time("20.000 nhiệm vụ: tất cả, tìm \"nhiem vu so 5\"",
                    () -> service.list(TaskFilter.all().withSearch("nhiem vu so 5")));
            time("20.000 nhiệm vụ: trang đầu (quá hạn theo đơn vị, đếm theo kế hoạch)", service::startSummary);
        }
        return 0;
    }

    private void time(String label, Supplier<?> work) {
        new BenchTimer(top.out(), runs).time(label, work);
    }
}
