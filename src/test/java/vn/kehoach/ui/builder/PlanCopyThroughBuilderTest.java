package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanCopy;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Task;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/** Copies the Gia Lai sample plan into a new draft, renames the programme and moves the dates, on a real database. */
class PlanCopyThroughBuilderTest {
    @TempDir
    Path tmp;

    @Test
    void aCopyKeepsTasksRecipientsAndSignatureButNotTheNumber() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")),
                new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Plan source = ctx.plans().summaries().stream().filter(s -> s.title().contains("Gia Lai"))
                    .map(s -> ctx.plans().get(s.id())).findFirst().orElseThrow();
            assertThat(source.header().number()).isNotNull();
            Plan copy = ctx.plans().save(PlanCopy.copy(source));
            BuilderDirectory dir = new BuilderDirectory(ctx.organizations().all(), ctx.people().all(),
                    ctx.recipientGroups().all());
            PlanStore store = PlanStore.of(ctx);
            FxThread.run(() -> {
                PlanBuilderViewModel vm = new PlanBuilderViewModel(copy, store, dir, new SameThreadTaskRunner(),
                        Clock.systemDefaultZone(), AutosaveTimer.manual());
                vm.titleProperty().set(vm.titleProperty().get().replace("sơ kết 03 năm", "tổng kết 05 năm")
                        .replace("2021-2025", "2026-2030"));
                vm.yearProperty().set("2026");
                vm.outline().select(List.of(1, 0, 0));
                vm.outline().textProperty().set("Thời gian: 01 buổi, dự kiến từ ngày 19/10/2026 đến ngày 30/10/2026.");
                vm.save();
            });
            Plan stored = ctx.plans().get(copy.id());
            assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
            assertThat(stored.header().number()).isNull();
            assertThat(stored.header().issueDate()).isNull();
            assertThat(stored.header().year()).isEqualTo(2026);
            assertThat(stored.title()).contains("tổng kết 05 năm").contains("2026-2030");
            assertThat(stored.outline().get(1).children().get(0).children().get(0).text()).contains("19/10/2026");
            assertThat(stored.version()).isEqualTo(source.version() + 1);
            assertThat(stored.previousVersionId()).isEqualTo(source.id());
            assertThat(stored.tasks()).extracting(Task::title)
                    .containsExactlyElementsOf(source.tasks().stream().map(Task::title).toList());
            assertThat(stored.tasks()).extracting(Task::leadUnitId)
                    .containsExactlyElementsOf(source.tasks().stream().map(Task::leadUnitId).toList());
            assertThat(stored.recipients()).extracting(r -> r.printed())
                    .containsExactlyElementsOf(source.recipients().stream().map(r -> r.printed()).toList());
            assertThat(stored.signature()).isEqualTo(source.signature());
            assertThat(ctx.plans().get(source.id()).header().number()).isEqualTo(source.header().number());
        }
    }

    @Test
    void theAwardPartOfTheLaiChauPlanIsGeneratedFromItsRules() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")),
                new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Plan laiChau = ctx.plans().summaries().stream().filter(s -> s.title().contains("Lai Châu"))
                    .map(s -> ctx.plans().get(s.id())).findFirst().orElseThrow();
            vn.kehoach.domain.Movement movement = ctx.awards().movementsOfPlan(laiChau.id()).get(0);
            BuilderDirectory dir = new BuilderDirectory(ctx.organizations().all(), ctx.people().all(),
                    ctx.recipientGroups().all(), new vn.kehoach.domain.AwardRules(movement, ctx.awards().forms()));
            List<Integer> path = pathOf(laiChau.outline(), vn.kehoach.domain.BoundBlock.AWARD_FORMS);
            assertThat(path).isNotNull();
            String[] generated = new String[1];
            FxThread.run(() -> {
                PlanBuilderViewModel vm = new PlanBuilderViewModel(laiChau, PlanStore.of(ctx), dir,
                        new SameThreadTaskRunner(), Clock.systemDefaultZone(), AutosaveTimer.manual());
                vm.outline().select(path);
                generated[0] = vm.outline().generatedProperty().get();
            });
            assertThat(generated[0]).contains("Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân")
                    .contains("cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân");
        }
    }

    /** The path of the first section bound to {@code block}, or null. */
    private static List<Integer> pathOf(List<vn.kehoach.domain.Section> sections, vn.kehoach.domain.BoundBlock block) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).boundBlock() == block) {
                return List.of(i);
            }
            List<Integer> below = pathOf(sections.get(i).children(), block);
            if (below != null) {
                List<Integer> path = new java.util.ArrayList<>(List.of(i));
                path.addAll(below);
                return path;
            }
        }
        return null;
    }
}
