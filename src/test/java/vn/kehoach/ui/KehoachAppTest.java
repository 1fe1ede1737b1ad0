package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.PlanSummary;

/** Starts the real application headless (Monocle) on a database file in a temporary folder. */
class KehoachAppTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private UiTestData data;
    private KehoachApp app;
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        data = UiTestData.create(tmp);
        stage = FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(
                () -> new KehoachApp(data.home, data.file, new SameThreadTaskRunner()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#navPlans"); // the window opens on the start page
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void runsHeadlessThroughMonocle() {
        assertThat(com.sun.glass.ui.Application.GetApplication().getClass().getName()).contains("Monocle");
    }

    @Test
    void startsOnTheTemporaryDatabaseAndListsThePlans() {
        assertThat(stage.getTitle()).isEqualTo("Kế hoạch — " + data.file);
        assertThat(robot.lookup("#statusDatabase").queryAs(Label.class).getText()).isEqualTo(data.file.toString());
        assertThat(robot.lookup("#statusReadOnly").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#readOnlyBanner").tryQuery()).isEmpty();
        TableView<PlanSummary> table = robot.lookup("#planTable").queryTableView();
        assertThat(table.getItems()).extracting(PlanSummary::title)
                .containsExactlyInAnyOrder(UiTestData.LAO_CAI, UiTestData.GIA_LAI, UiTestData.LAI_CHAU);
        assertThat(robot.lookup("#planCount").queryAs(Label.class).getText()).isEqualTo("3 kế hoạch");
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        robot.clickOn("#planSearch").write("so ket gia lai");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planSearch").queryAs(TextField.class).getText()).isEqualTo("so ket gia lai");
        TableView<PlanSummary> table = robot.lookup("#planTable").queryTableView();
        assertThat(table.getItems()).extracting(PlanSummary::title).containsExactly(UiTestData.GIA_LAI);
        assertThat(robot.lookup("#planCount").queryAs(Label.class).getText()).isEqualTo("Hiển thị 1 trên 3 kế hoạch");
    }

    @Test
    void directoryRefusesAnEmptyNameThenAddsAndEditsABody() throws Exception {
        robot.clickOn("#navDirectory");
        robot.clickOn("#directoryAll");
        robot.clickOn("Ủy ban nhân dân tỉnh Gia Lai");
        robot.clickOn("#directoryNew");
        // on a busy machine the form can be a layout pass behind the click (its button not yet inside
        // the window, which TestFX counts as not visible): wait for it as a person's eye would
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#directorySave")
                .match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#directorySave");
        assertThat(robot.lookup("#orgFormError").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("directory.error.fullNameRequired"));

        robot.clickOn("#orgFullName").write("So Khoa hoc va Cong nghe");
        robot.interact(() -> robot.lookup("#orgFullName").queryAs(TextField.class)
                .setText("Sở Khoa học và Công nghệ"));
        robot.clickOn("#orgShortName").write("KHCN");
        selectIn("#orgLevel", Level.PROVINCE);
        selectIn("#orgKind", OrganizationKind.DEPARTMENT);
        robot.clickOn("#orgArchive").write("KHCN");
        robot.clickOn("#directorySave");

        assertThat(robot.lookup("#orgFormError").queryAs(Label.class).getText()).isEmpty();
        Organization stored = app.context().organizations().all().stream()
                .filter(o -> o.fullName().equals("Sở Khoa học và Công nghệ")).findFirst().orElseThrow();
        assertThat(stored.shortName()).isEqualTo("KHCN");
        assertThat(stored.parentId()).isEqualTo(data.province.id());
        assertThat(stored.level()).isEqualTo(Level.PROVINCE);
        assertThat(stored.archiveAbbreviation()).isEqualTo("KHCN");

        // the saved body stays in the form: change its short name
        TextField shortName = robot.lookup("#orgShortName").queryAs(TextField.class);
        robot.doubleClickOn(shortName);
        robot.interact(shortName::clear);
        robot.clickOn(shortName).write("Sở KH&CN");
        assertThat(shortName.getText()).isEqualTo("Sở KH&CN");
        robot.clickOn("#directorySave");

        assertThat(robot.lookup("#orgFormError").queryAs(Label.class).getText()).isEmpty();
        Organization edited = app.context().organizations().find(stored.id()).orElseThrow();
        assertThat(edited.shortName()).isEqualTo("Sở KH&CN");
        assertThat(edited.fullName()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(app.context().organizations().all()).hasSize(5);
        assertThat(robot.lookup("#orgFormInfo").queryAs(Label.class).getText()).contains("Sở KH&CN");

    }

    @Test
    void directoryShowsTheBodiesOfADay() {
        robot.clickOn("#navDirectory");
        DatePicker asOf = robot.lookup("#directoryAsOf").queryAs(DatePicker.class);
        robot.interact(() -> asOf.setValue(LocalDate.of(2025, 6, 30)));
        assertThat(treeNames()).contains("Ủy ban nhân dân huyện Chư Sê", "Ủy ban nhân dân xã Ia Blang");
        robot.interact(() -> asOf.setValue(UiTestData.TWO_TIERS));
        assertThat(treeNames()).doesNotContain("Ủy ban nhân dân huyện Chư Sê")
                .contains("Ủy ban nhân dân tỉnh Gia Lai", "Ủy ban nhân dân xã Ia Blang");
        robot.clickOn("#directoryAll");
        assertThat(treeNames()).contains("Ủy ban nhân dân huyện Chư Sê");
        assertThat(robot.lookup("Ủy ban nhân dân huyện Chư Sê (giải thể từ 01/07/2025)").tryQuery()).isPresent();
    }

    @Test
    void otherScreensShowTheirTables() {
        robot.clickOn("#navTasks");
        assertThat(robot.lookup("#taskTable").queryTableView().getItems()).hasSize(2);
        robot.clickOn("#navAwards");
        assertThat(robot.lookup("#awardFormTable").tryQuery()).isPresent();
        robot.clickOn("#navSettings");
        assertThat(robot.lookup("#settingsDatabasePath").queryAs(Label.class).getText()).isEqualTo(data.file.toString());
        robot.clickOn("#settingsBackupNow");
        assertThat(robot.lookup("#settingsBackups").queryTableView().getItems()).isNotEmpty();
        assertThat(robot.lookup("#settingsInfo").queryAs(Label.class).getText()).startsWith("Đã sao lưu lúc");
    }

    private <T> void selectIn(String id, T value) {
        @SuppressWarnings("unchecked")
        ComboBox<T> combo = robot.lookup(id).queryAs(ComboBox.class);
        robot.interact(() -> combo.setValue(value));
    }

    private java.util.List<String> treeNames() {
        TreeView<Organization> tree = robot.lookup("#directoryTree").queryAs(TreeView.class);
        java.util.List<String> out = new java.util.ArrayList<>();
        collect(tree.getRoot(), out);
        return out;
    }

    private static void collect(TreeItem<Organization> item, java.util.List<String> out) {
        if (item.getValue() != null) {
            out.add(item.getValue().fullName());
        }
        item.getChildren().forEach(c -> collect(c, out));
    }
}
