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
}
