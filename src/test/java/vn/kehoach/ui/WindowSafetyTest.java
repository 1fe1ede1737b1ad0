package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.domain.Organization;

/** The real window: a hasty Enter never restores a backup nor saves a body; a body's unsaved edits are asked about. */
class WindowSafetyTest {
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
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void waitFor(String id) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theRestoreQuestionDefaultsToHuyAndEnterRestoresNothing() throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("#settingsBackupNow");
        TableView<?> backups = robot.lookup("#settingsBackups").queryTableView();
        robot.interact(() -> backups.getSelectionModel().select(0));
        robot.clickOn("#settingsRestore");
        waitFor("#restoreConfirmDialog");
        DialogPane dialog = robot.lookup("#restoreConfirmDialog").queryAs(DialogPane.class);
        Button enterPresses = dialog.getButtonTypes().stream().map(t -> (Button) dialog.lookupButton(t))
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(enterPresses.getText()).isEqualTo("Hủy");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#restoreConfirmDialog").tryQuery()).isEmpty();
        assertThat(app.context()).isNotNull(); // still the same database, not closed for a restore
        assertThat(robot.lookup("#settingsInfo").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("Đã sao lưu lúc");
    }

    @Test
    void enterInTheDirectoryDateBoxDoesNotSaveTheBodyAndAnotherBodyAsksFirst() throws Exception {
        robot.clickOn("#navDirectory");
        robot.clickOn("#directoryAll");
        robot.clickOn("Ủy ban nhân dân tỉnh Gia Lai");
        TextField shortName = robot.lookup("#orgShortName").queryAs(TextField.class);
        robot.interact(() -> shortName.setText("UBND tỉnh GL"));
        robot.clickOn("#directoryAll"); // back to a day
        DatePicker asOf = robot.lookup("#directoryAsOf").queryAs(DatePicker.class);
        robot.clickOn(asOf.getEditor());
        robot.interact(() -> asOf.getEditor().setText("01/07/2025"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(asOf.getValue()).isEqualTo(UiTestData.TWO_TIERS);
        assertThat(app.context().organizations().find(data.province.id()).map(Organization::shortName))
                .hasValue("UBND tỉnh");

        // another body while the edit is unsaved: asked; "Hủy" keeps the edit on the form
        robot.clickOn("Ủy ban nhân dân xã Ia Blang");
        waitFor("#unsavedChangesDialog");
        robot.clickOn("#unsavedCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shortName.getText()).isEqualTo("UBND tỉnh GL");
        // "Không lưu": the other body is shown, nothing stored
        robot.clickOn("Ủy ban nhân dân xã Ia Blang");
        waitFor("#unsavedChangesDialog");
        robot.clickOn("#unsavedDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#orgFullName").queryAs(TextField.class).getText())
                .isEqualTo("Ủy ban nhân dân xã Ia Blang");
        assertThat(app.context().organizations().find(data.province.id()).map(Organization::shortName))
                .hasValue("UBND tỉnh");
    }

    /** Asks the window to close as its close button does; the question it opens is modal, so not waited for. */
    private static void closeLater(javafx.stage.Window window) {
        javafx.application.Platform.runLater(() -> window.fireEvent(new javafx.stage.WindowEvent(window,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    @Test
    void closingTheWindowWithAnUnsavedBodyAsksAndLuuStoresItBeforeTheDatabaseCloses() throws Exception {
        robot.clickOn("#navDirectory");
        robot.clickOn("#directoryAll");
        robot.clickOn("Ủy ban nhân dân tỉnh Gia Lai");
        TextField shortName = robot.lookup("#orgShortName").queryAs(TextField.class);
        robot.interact(() -> shortName.setText("UBND tỉnh GL"));
        javafx.stage.Window main = shortName.getScene().getWindow();
        java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> app.exitWith(ended::countDown));
        closeLater(main);
        waitFor("#unsavedChangesDialog");
        robot.clickOn("#unsavedCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.context()).as("Hủy keeps the window and its database open").isNotNull();

        closeLater(main);
        waitFor("#unsavedChangesDialog");
        robot.clickOn("#unsavedSave");
        assertThat(ended.await(10, TimeUnit.SECONDS)).as("the application ends after saving").isTrue();
        try (vn.kehoach.store.Database db = vn.kehoach.store.Database.open(data.file, false)) {
            assertThat(new vn.kehoach.store.OrganizationRepository(db).find(data.province.id())
                    .map(Organization::shortName)).hasValue("UBND tỉnh GL");
        }
    }

    @Test
    void f5ReadsTheShownListAgainWithWhatAnotherWorkstationSaved() throws Exception {
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.SHORTCUT);
        waitFor("#planTable");
        javafx.scene.control.TableView<?> table = robot.lookup("#planTable").queryTableView();
        int before = table.getItems().size();
        // another workstation saves a plan: this window does not know until it reads again
        var other = vn.kehoach.domain.PlanCopy.copy(app.context().plans().get(
                app.context().plans().summaries().get(0).id()));
        app.context().plans().save(other);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(before);
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == before + 1);
    }

    @Test
    void f1OpensTheGuideOfTheShownScreenAndCtrl3ShowsTheTasks() throws Exception {
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.SHORTCUT);
        waitFor("#taskListView");
        assertThat(robot.lookup("#navTasks").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.type(KeyCode.F1);
        waitFor("#guideTitle");
        assertThat(robot.lookup("#guideTitle").queryAs(javafx.scene.text.Text.class).getText()).isEqualTo("Nhiệm vụ");
        javafx.scene.text.TextFlow page = robot.lookup("#guidePage").queryAs(javafx.scene.text.TextFlow.class);
        String text = page.getChildren().stream().map(n -> ((javafx.scene.text.Text) n).getText())
                .collect(java.util.stream.Collectors.joining());
        assertThat(text).contains("so ket 6").contains("Bảng phân công");
        // every button of the tasks toolbar says what it does
        assertThat(robot.lookup("#taskAdd").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Thêm một nhiệm vụ vào kế hoạch đang lọc");
    }
}
