package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.Workstation;
import vn.kehoach.ui.FxThread;
import vn.kehoach.ui.SameThreadTaskRunner;

/**
 * Two workstations open the same plan in the builder on one real database file. The first saves;
 * the second's save is refused naming the first, its text stays, autosave stops, and "Tải lại"
 * brings the first's version.
 */
class PlanBuilderConflictTest {
    /** The audit log names the OS account; both builders of the test run as this one. */
    private static final String FIRST_USER = Workstation.user();

    @TempDir
    Path tmp;

    /** An autosave timer that remembers whether a save is waiting. */
    static final class RecordingTimer implements AutosaveTimer {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public void restart(Runnable save) {
            pending.clear();
            pending.add(save);
        }

        @Override
        public void cancel() {
            pending.clear();
        }
    }

    private static PlanBuilderViewModel builder(AppContext ctx, Plan plan, AutosaveTimer timer) {
        return new PlanBuilderViewModel(plan, PlanStore.of(ctx), BuilderDirectory.empty(), new SameThreadTaskRunner(),
                Clock.systemDefaultZone(), timer);
    }

    @Test
    void theSecondSaveIsRefusedItsTextStaysAndReloadBringsTheFirstVersion() throws Exception {
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext first = AppContext.open(new AppHome(tmp.resolve("home1")), file, true);
             AppContext second = AppContext.open(new AppHome(tmp.resolve("home2")), file, false)) {
            Plan created = first.plans().save(PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026))
                    .tasks(List.of(Task.of(TaskKind.TASK, "Chuẩn bị báo cáo", null, List.of(), LocalDate.of(2026, 3, 1))))
                    .build());
            Plan atFirst = first.plans().get(created.id());
            Plan atSecond = second.plans().get(created.id());
            RecordingTimer secondTimer = new RecordingTimer();
            FxThread.run(() -> {
                PlanBuilderViewModel one = builder(first, atFirst, AutosaveTimer.manual());
                PlanBuilderViewModel two = builder(second, atSecond, secondTimer);

                one.titleProperty().set("Bản của máy thứ nhất");
                one.save();
                one.preambleProperty().set("Máy thứ nhất lưu tiếp, không vướng chính mình.");
                one.save();
                assertThat(one.conflictProperty().get()).isFalse();

                two.titleProperty().set("Bản của máy thứ hai");
                two.save();
                assertThat(two.conflictProperty().get()).isTrue();
                assertThat(two.messageProperty().get()).contains(FIRST_USER).contains(Workstation.machine())
                        .contains("Tải lại");
                assertThat(two.titleProperty().get()).isEqualTo("Bản của máy thứ hai");
                assertThat(two.plan().title()).isEqualTo("Bản của máy thứ hai");
                assertThat(two.isDirty()).isTrue();

                // typing on does not start autosave again, and an explicit save does nothing
                two.closingTextProperty().set("Còn gõ tiếp.");
                assertThat(secondTimer.pending).isEmpty();
                two.save();
                assertThat(second.plans().get(created.id()).title()).isEqualTo("Bản của máy thứ nhất");
                assertThat(two.titleProperty().get()).isEqualTo("Bản của máy thứ hai");

                two.reload();
                assertThat(two.conflictProperty().get()).isFalse();
                assertThat(two.titleProperty().get()).isEqualTo("Bản của máy thứ nhất");
                assertThat(two.preambleProperty().get()).isEqualTo("Máy thứ nhất lưu tiếp, không vướng chính mình.");
                assertThat(two.isDirty()).isFalse();

                // after reloading the second saves normally again
                two.titleProperty().set("Máy thứ hai sửa sau khi tải lại");
                assertThat(secondTimer.pending).hasSize(1);
                two.save();
                assertThat(two.conflictProperty().get()).isFalse();
            });
            Plan stored = first.plans().get(created.id());
            assertThat(stored.title()).isEqualTo("Máy thứ hai sửa sau khi tải lại");
            assertThat(stored.tasks()).extracting(Task::id).isEqualTo(created.tasks().stream().map(Task::id).toList());
        }
    }

    /**
     * The store saves for real, then loses the answer once, as when the holder of the shared file
     * leaves the moment the commit reached it ({@code Database.inTransaction} then refuses to run it
     * again: WriteReceiptTest).
     */
    private static PlanStore answerLostOnce(AppContext ctx) {
        PlanStore real = PlanStore.of(ctx);
        java.util.concurrent.atomic.AtomicBoolean lost = new java.util.concurrent.atomic.AtomicBoolean();
        return new PlanStore() {
            @Override
            public Plan save(Plan plan) {
                Plan saved = real.save(plan);
                if (lost.compareAndSet(false, true)) {
                    throw new vn.kehoach.store.WriteUnconfirmedException(null, "kehoach.mv.db");
                }
                return saved;
            }

            @Override
            public Plan load(long id) {
                return real.load(id);
            }

            @Override
            public Plan issue(long id, int number, LocalDate date) {
                return real.issue(id, number, date);
            }

            @Override
            public int nextFree(String symbol, int year) {
                return real.nextFree(symbol, year);
            }
        };
    }

    @Test
    void aSaveWhoseAnswerWasLostIsBuiltOnAndTheNextSaveIsNoConflict() throws Exception {
        DatabaseFile file = new DatabaseFile(tmp.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")), file, true)) {
            Plan created = ctx.plans().save(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026));
            RecordingTimer timer = new RecordingTimer();
            FxThread.run(() -> {
                PlanBuilderViewModel vm = new PlanBuilderViewModel(ctx.plans().get(created.id()), answerLostOnce(ctx),
                        BuilderDirectory.empty(), new SameThreadTaskRunner(), Clock.systemDefaultZone(), timer);
                vm.titleProperty().set("Lưu tới tệp nhưng mất câu trả lời");
                vm.save();
                assertThat(vm.messageProperty().get()).contains("đã được lưu").contains("F5");
                assertThat(vm.conflictProperty().get()).isFalse();
                assertThat(timer.pending).hasSize(1); // saves again on its own, on top of that save

                vm.preambleProperty().set("Gõ tiếp sau đó.");
                vm.save();
                assertThat(vm.conflictProperty().get()).isFalse();
                assertThat(vm.isDirty()).isFalse();
            });
            Plan stored = ctx.plans().get(created.id());
            assertThat(stored.title()).isEqualTo("Lưu tới tệp nhưng mất câu trả lời");
            assertThat(stored.preamble()).isEqualTo("Gõ tiếp sau đó.");
        }
    }

    @Test
    void aNewPlanWhoseAnswerWasLostIsNotStoredASecondTime() throws Exception {
        DatabaseFile file = new DatabaseFile(tmp.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")), file, true)) {
            RecordingTimer timer = new RecordingTimer();
            FxThread.run(() -> {
                PlanBuilderViewModel vm = new PlanBuilderViewModel(PlanTemplates.create(PlanTemplates.Template.CONFERENCE,
                        2026), answerLostOnce(ctx), BuilderDirectory.empty(), new SameThreadTaskRunner(),
                        Clock.systemDefaultZone(), timer);
                vm.titleProperty().set("Kế hoạch mới");
                vm.save();
                assertThat(vm.conflictProperty().get()).isTrue();
                assertThat(vm.messageProperty().get()).contains("F5").contains("không tự lưu");
                vm.titleProperty().set("Kế hoạch mới, sửa tiếp");
                vm.save();
                assertThat(timer.pending).isEmpty();
                assertThat(vm.titleProperty().get()).isEqualTo("Kế hoạch mới, sửa tiếp");
            });
            assertThat(ctx.plans().summaries()).extracting(s -> s.title()).containsExactly("Kế hoạch mới");
        }
    }
}
