package vn.kehoach.ui.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.ui.SameThreadTaskRunner;

/** Enter in the Plans search opens the selected plan, or the only one found. */
class PlanSearchEnterTest {
    private final FxRobot robot = new FxRobot();
    private final List<Long> opened = new ArrayList<>();

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        PlanListViewModel vm = new PlanListViewModel(() -> List.of(
                new PlanSummary(1, PlanKind.CONFERENCE, PlanStatus.DRAFT, null, "KH-UBND", "Hội nghị sơ kết nông thôn mới",
                        null, 2023, "UBND TỈNH GIA LAI", 1),
                new PlanSummary(2, PlanKind.MOVEMENT, PlanStatus.DRAFT, null, "KH-UBND", "Phong trào thi đua Lai Châu",
                        null, 2022, "UBND TỈNH LAI CHÂU", 1)), new SameThreadTaskRunner(), e -> { });
        PlanActions actions = new PlanActions() {
            @Override
            public void newPlan(PlanTemplates.Template template) { }

            @Override
            public void open(long planId) {
                opened.add(planId);
            }

            @Override
            public void copy(long planId) { }

            @Override
            public void importWord(java.nio.file.Path docx) { }
        };
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new PlanListView(vm, actions), 1000, 600));
            stage.show();
        });
        robot.interact(vm::load);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void enterOpensTheOnlyPlanFoundAndNothingWhenSeveralAre() {
        robot.clickOn("#planSearch").write("kh", 0).type(KeyCode.ENTER); // both are KH: two found
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).isEmpty();
        robot.write(" thi dua", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(2L);
    }
}
