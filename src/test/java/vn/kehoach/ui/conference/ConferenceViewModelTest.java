package vn.kehoach.ui.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
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

/** The conference editor saves the conference alone, and refuses a save someone else overtook. */
class ConferenceViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void savingLeavesTasksAloneAndASecondEditorIsRefusedNamingTheFirst() throws Exception {
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext first = AppContext.open(new AppHome(tmp.resolve("home1")), file, true);
             AppContext second = AppContext.open(new AppHome(tmp.resolve("home2")), file, false)) {
            Plan plan = first.plans().save(PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026))
                    .title("Hội nghị tổng kết")
                    .tasks(List.of(Task.of(TaskKind.TASK, "Chuẩn bị báo cáo", null, List.of(), LocalDate.of(2026, 3, 1)),
                            Task.of(TaskKind.PRESENTATION, "Tham luận OCOP", null, List.of(), null)))
                    .build());
            List<Long> taskIds = plan.tasks().stream().map(Task::id).toList();
            FxThread.run(() -> {
                ConferenceViewModel one = new ConferenceViewModel(first.plans(), first.conferences(),
                        new SameThreadTaskRunner(), plan.id());
                ConferenceViewModel two = new ConferenceViewModel(second.plans(), second.conferences(),
                        new SameThreadTaskRunner(), plan.id());
                one.load();
                two.load();

                one.duration.set("01 buổi");
                assertThat(one.addGroup(Level.DISTRICT, "Chủ tịch UBND các huyện", "17")).isTrue();
                one.save();
                assertThat(one.errorProperty().get()).isEmpty();
                one.chair.set("Chủ tịch UBND tỉnh");
                one.save(); // on the version it got back: no conflict with itself
                assertThat(one.errorProperty().get()).isEmpty();

                two.duration.set("1/2 ngày");
                two.save();
                assertThat(two.errorProperty().get()).contains(Workstation.user()).contains(Workstation.machine())
                        .contains("Hội nghị tổng kết");
                assertThat(two.duration.get()).isEqualTo("1/2 ngày");
            });
            Plan stored = second.plans().get(plan.id());
            assertThat(stored.tasks()).extracting(Task::id).isEqualTo(taskIds);
            assertThat(stored.tasks()).isEqualTo(plan.tasks());
            assertThat(stored.rowVersion()).isEqualTo(plan.rowVersion());
            assertThat(stored.conference().duration()).isEqualTo("01 buổi");
            assertThat(stored.conference().chair()).isEqualTo("Chủ tịch UBND tỉnh");
        }
    }

    /** Each level of a cascade entered in the editor is saved with its window and whom it reports to. */
    @Test
    void aCascadeLevelIsEnteredWithItsWindowAndReport() throws Exception {
        DatabaseFile file = new DatabaseFile(tmp.resolve("kehoach"));
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")), file, true)) {
            Plan plan = ctx.plans().save(PlanEdit.of(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2023))
                    .title("Hội nghị sơ kết các cấp").build());
            FxThread.run(() -> {
                ConferenceViewModel vm = new ConferenceViewModel(ctx.plans(), ctx.conferences(),
                        new SameThreadTaskRunner(), plan.id());
                vm.load();
                assertThat(vm.addSite(Level.COMMUNE, "Trụ sở Ủy ban nhân dân xã", null, "Chủ tịch UBND xã",
                        LocalDate.of(2023, 10, 15), LocalDate.of(2023, 10, 1), Level.DISTRICT, null)).isFalse();
                assertThat(vm.errorProperty().get()).isNotEmpty();
                assertThat(vm.addSite(Level.COMMUNE, "Trụ sở Ủy ban nhân dân xã", null, "Chủ tịch UBND xã",
                        LocalDate.of(2023, 10, 1), LocalDate.of(2023, 10, 15), Level.DISTRICT,
                        LocalDate.of(2023, 10, 20))).isTrue();
                vm.save();
                assertThat(vm.errorProperty().get()).isEmpty();
            });
            var site = ctx.plans().get(plan.id()).conference().sites().get(0);
            assertThat(site.windowStart()).isEqualTo(LocalDate.of(2023, 10, 1));
            assertThat(site.deadline()).isEqualTo(LocalDate.of(2023, 10, 15));
            assertThat(site.reportsTo()).isEqualTo(Level.DISTRICT);
            assertThat(site.reportDeadline()).isEqualTo(LocalDate.of(2023, 10, 20));
        }
    }
}
