package vn.kehoach.ui.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.ui.KehoachApp;
import vn.kehoach.ui.SameThreadTaskRunner;
import vn.kehoach.ui.UiTestData;

/** The real window: Tasks → choose a plan → "Hội nghị…", add an attendee group with a count, save, read back. */
class ConferenceEditorTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private UiTestData data;
    private KehoachApp app;

    @BeforeEach
    void startApp() throws Exception {
        data = UiTestData.create(tmp);
        FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(
                () -> new KehoachApp(data.home, data.file, new SameThreadTaskRunner()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navTasks");
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private PlanSummary choose(String title) {
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> plans = robot.lookup("#conferencePlanChoice").queryAs(ComboBox.class);
        PlanSummary p = plans.getItems().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> plans.setValue(p));
        robot.clickOn("#conferenceEdit");
        WaitForAsyncUtils.waitForFxEvents();
        return p;
    }

    @Test
    void anAttendeeGroupWithACountIsSavedAndReadBack() {
        PlanSummary giaLai = choose(UiTestData.GIA_LAI);

        @SuppressWarnings("unchecked")
        ComboBox<ConferenceFormat> format = robot.lookup("#conferenceFormat").queryAs(ComboBox.class);
        robot.interact(() -> format.setValue(ConferenceFormat.ONLINE));
        robot.clickOn("#conferenceDuration").write("01 buổi");
        @SuppressWarnings("unchecked")
        ComboBox<Level> level = robot.lookup("#groupLevel").queryAs(ComboBox.class);
        robot.interact(() -> level.setValue(Level.DISTRICT));
        robot.clickOn("#groupDescription"); // the long text goes in at once, as a paste does; the rest is typed
        robot.interact(() -> robot.lookup("#groupDescription").queryAs(TextField.class)
                .setText("Chủ tịch UBND các huyện, thị xã, thành phố"));
        robot.clickOn("#groupCount").write("17");
        robot.clickOn("#groupAdd");
        robot.clickOn("#groupCount").write("nhiều");
        robot.clickOn("#groupDescription").write("Đại biểu khác");
        robot.clickOn("#groupAdd");
        assertThat(robot.lookup("#conferenceError").queryAs(Label.class).getText())
                .isEqualTo("Số người \"nhiều\" phải là số nguyên không âm.");
        // the error line pushes the groups down, below the fold under the taller sites row: no mouse
        robot.interact(() -> {
            robot.lookup("#groupCount").queryAs(TextField.class).setText("3");
            robot.lookup("#groupAdd").queryAs(Button.class).fire();
        });
        assertThat(robot.lookup("#groupsTotal").queryAs(Label.class).getText()).isEqualTo("Tổng theo các nhóm: 20 người");
        // the agenda is below the fold of the scrolling editor: fill it without the mouse
        robot.interact(() -> {
            robot.lookup("#agendaTitle").queryAs(TextField.class).setText("Báo cáo kết quả 03 năm");
            robot.lookup("#agendaPresenter").queryAs(TextField.class).setText("Sở Nông nghiệp và Phát triển nông thôn");
            robot.lookup("#agendaAdd").queryAs(Button.class).fire();
        });
        vn.kehoach.ui.Snapshots.save(robot, "conference");
        robot.clickOn("#conferenceSave");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#conferenceInfo").queryAs(Label.class).getText()).isEqualTo("Đã lưu thông tin hội nghị.");
        Plan stored = app.context().plans().get(giaLai.id());
        assertThat(stored.conference().format()).isEqualTo(ConferenceFormat.ONLINE);
        assertThat(stored.conference().duration()).isEqualTo("01 buổi");
        assertThat(stored.conference().attendeeGroups()).extracting(Conference.AttendeeGroup::level,
                Conference.AttendeeGroup::description, Conference.AttendeeGroup::headCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Level.DISTRICT,
                        "Chủ tịch UBND các huyện, thị xã, thành phố", 17),
                        org.assertj.core.groups.Tuple.tuple(Level.DISTRICT, "Đại biểu khác", 3));
        assertThat(stored.conference().agenda()).singleElement()
                .satisfies(a -> assertThat(a.presenter()).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn"));
        assertThat(stored.tasks()).hasSize(1); // the rest of the plan is kept
    }

    @Test
    void anIssuedPlansConferenceIsNotEditable() {
        choose(UiTestData.LAO_CAI);
        assertThat(robot.lookup("#conferenceSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#conferenceInfo").queryAs(Label.class).getText()).startsWith("Kế hoạch đã ban hành");
    }

    private static void requestClose(javafx.stage.Stage stage) {
        javafx.application.Platform.runLater(() -> stage.fireEvent(
                new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private void waitForQuestion() throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#unsavedChangesDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void closingTheEditorWithChangesAsksLuuKhongLuuHuy() throws Exception {
        PlanSummary giaLai = choose(UiTestData.GIA_LAI);
        javafx.stage.Stage editor = (javafx.stage.Stage) robot.lookup("#conferenceEditor").query().getScene().getWindow();
        robot.interact(() -> robot.lookup("#conferenceDuration").queryAs(TextField.class).setText("02 buổi"));

        requestClose(editor);
        waitForQuestion();
        assertThat(robot.lookup("#unsavedChangesDialog").queryAs(javafx.scene.control.DialogPane.class).getContentText())
                .isEqualTo("Hội nghị có thay đổi chưa lưu. Lưu trước khi đóng?");
        robot.clickOn("#unsavedCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.isShowing()).isTrue();
        assertThat(robot.lookup("#conferenceDuration").queryAs(TextField.class).getText()).isEqualTo("02 buổi");

        requestClose(editor);
        waitForQuestion();
        robot.clickOn("#unsavedSave");
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !editor.isShowing());
        assertThat(app.context().plans().get(giaLai.id()).conference().duration()).isEqualTo("02 buổi");

        // nothing changed: it closes without a question
        choose(UiTestData.GIA_LAI);
        javafx.stage.Stage again = (javafx.stage.Stage) robot.lookup("#conferenceEditor").query().getScene().getWindow();
        requestClose(again);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> !again.isShowing());
        assertThat(robot.lookup("#unsavedChangesDialog").tryQuery()).isEmpty();
    }
}
