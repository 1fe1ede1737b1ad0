package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.OutlineEditing;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.Section;
import vn.kehoach.ui.BodyPickerModel;
import vn.kehoach.ui.SameThreadTaskRunner;
import vn.kehoach.ui.Snapshots;

/**
 * The builder in a window of 1280×800 over a small directory of two provinces: the mouse and the
 * keys a clerk uses in the header pickers and the outline. Each test is a few seconds.
 */
class PlanBuilderWindowTest {
    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private PlanBuilderViewModel vm;

    static final Organization LAI_CHAU = body(1L, "Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh", Level.PROVINCE, null);
    static final Organization HOME = body(2L, "Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ", Level.PROVINCE, 1L);
    static final Organization GIA_LAI = body(3L, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE, null);
    static final Organization GIA_LAI_HOME = body(4L, "Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ", Level.PROVINCE, 3L);
    static final Organization COMMUNE = body(5L, "Ủy ban nhân dân xã Ia Blang", "UBND xã Ia Blang", Level.COMMUNE, 3L);

    static Organization body(long id, String name, String shortName, Level level, Long parent) {
        return new Organization(id, name, shortName, level, level == Level.PROVINCE && parent == null
                ? OrganizationKind.PEOPLES_COMMITTEE : OrganizationKind.DEPARTMENT, parent, null, null, null, 1, null,
                null, null, null, null);
    }

    @BeforeEach
    void show() throws Exception {
        FxToolkit.registerPrimaryStage();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e)));
        FxToolkit.setupStage(stage -> {
            vm = new PlanBuilderViewModel(PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026),
                    new PlanBuilderViewModelTest.MemoryStore(),
                    new BuilderDirectory(List.of(GIA_LAI, GIA_LAI_HOME, COMMUNE, LAI_CHAU, HOME), List.of(), List.of()),
                    new SameThreadTaskRunner(), Clock.systemDefaultZone(), AutosaveTimer.manual());
            stage.setScene(new Scene(new PlanBuilderView(vm), 1280, 800));
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(null));
    }

    @Test
    void pickingABodyWithTheMouseRaisesNoErrorAndStoresIt() throws Exception {
        robot.clickOn("#headerGoverningPickOpen");
        waitFor("#headerGoverningPickList");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<?> c) -> c.isVisible()
                && "Ủy ban nhân dân tỉnh Lai Châu".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(vm.plan().header().governingBodyId()).isEqualTo(1L);
        assertThat(vm.plan().header().governingBody()).isEqualTo("UBND TỈNH LAI CHÂU");
        assertThat(robot.lookup("#headerGoverningPick").queryTextInputControl().getText())
                .isEqualTo("Ủy ban nhân dân tỉnh Lai Châu");
        Snapshots.save(robot, "builder-header-1280x800");
    }

    @Test
    void thePickerFindsTheHomeAffairsDepartmentFromWordsWithoutDiacritics() throws Exception {
        robot.interact(() -> vm.issuingChoiceProperty().set(LAI_CHAU)); // the plan is Lai Châu's
        robot.clickOn("#headerIssuingPick").write("noi vu");
        waitFor("#headerIssuingPickList");
        @SuppressWarnings("unchecked")
        ListView<BodyPickerModel.Row> list = robot.lookup("#headerIssuingPickList").queryAs(ListView.class);
        // only Lai Châu's Home Affairs: the plan's province, until the clerk asks for all
        assertThat(list.getItems()).filteredOn(r -> r instanceof BodyPickerModel.Body)
                .containsExactly(new BodyPickerModel.Body(HOME));
        robot.clickOn("#headerIssuingPickAll");
        assertThat(list.getItems()).filteredOn(r -> r instanceof BodyPickerModel.Body)
                .containsExactly(new BodyPickerModel.Body(HOME), new BodyPickerModel.Body(GIA_LAI_HOME));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(uncaught).isEmpty();
        assertThat(vm.plan().header().issuingBodyId()).isEqualTo(2L);
        assertThat(vm.plan().header().issuingBody()).isEqualTo("SỞ NỘI VỤ TỈNH LAI CHÂU");
    }

    @Test
    void typingStraightIntoASelectedSectionEditsItAndEnterStartsTheNextOne() throws Exception {
        openOutline();
        robot.clickOn(cell(List.of(0, 1))); // "2. Yêu cầu", a heading
        robot.write(" chung", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section(List.of(0, 1)).heading()).isEqualTo("Yêu cầu chung");
        // Enter while typing starts the next item; what is typed next goes into it
        robot.type(KeyCode.ENTER).write("Tiến độ", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section(List.of(0, 2)).heading()).isEqualTo("Tiến độ");
        // Enter on the outline, then typing: nothing is lost either
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER).write("Kinh phí", 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section(List.of(0, 3)).heading()).isEqualTo("Kinh phí");
        assertThat(uncaught).isEmpty();
    }

    @Test
    void deleteOnASectionWithChildrenAsksFirst() throws Exception {
        openOutline();
        robot.clickOn(cell(List.of(0)));
        robot.type(KeyCode.DELETE);
        waitFor("#deleteSectionDialog");
        assertThat(robot.lookup("#deleteSectionDialog").queryAs(DialogPane.class).getContentText())
                .contains("MỤC ĐÍCH, YÊU CẦU").contains("2 mục con");
        robot.clickOn(Messages.get("ui.button.cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.plan().outline()).hasSize(5);
        robot.clickOn("#outlineDelete");
        waitFor("#deleteSectionDialog");
        robot.clickOn(Messages.get("builder.outline.deleteConfirm.yes"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.plan().outline()).hasSize(4);
        // a section without children goes at once
        robot.clickOn(cell(List.of(0, 0)));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#deleteSectionDialog").tryQuery()).isEmpty();
        assertThat(section(List.of(0)).children()).hasSize(1);
    }

    @Test
    void ctrlBMakesTheTextBoldAndTheOutlineShowsItBold() throws Exception {
        openOutline();
        robot.clickOn(cell(List.of(4, 0))); // the funding paragraph
        String before = section(List.of(4, 0)).text();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section(List.of(4, 0)).text()).isEqualTo("**" + before + "**");
        TextFlow flow = (TextFlow) cell(List.of(4, 0)).getGraphic();
        assertThat(flow.getChildren()).map(n -> (Text) n)
                .anyMatch(t -> t.getText().equals(before) && t.getFont().getStyle().toLowerCase().contains("bold"));
        // in the text field, Ctrl+I marks the words selected
        robot.clickOn("#sectionText");
        robot.interact(() -> robot.lookup("#sectionText").queryTextInputControl().selectRange(2, 6));
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(section(List.of(4, 0)).text()).startsWith("***" + before.substring(0, 4) + "*" + before.substring(4));
        Snapshots.save(robot, "builder-outline-1280x800");
        robot.clickOn(robot.from(robot.lookup("#builderTabs").queryAs(javafx.scene.Node.class)).lookup(".tab-label")
                .match((javafx.scene.control.Labeled l) -> l.getText().equals(Messages.get("builder.tab.end")))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(robot, "builder-end-1280x800");
    }

    private void openOutline() {
        robot.clickOn(robot.from(robot.lookup("#builderTabs").queryAs(javafx.scene.Node.class)).lookup(".tab-label")
                .match((javafx.scene.control.Labeled l) -> l.getText().equals(Messages.get("builder.tab.outline")))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Section section(List<Integer> path) {
        return OutlineEditing.at(vm.plan().outline(), path);
    }

    private TreeCell<?> cell(List<Integer> path) {
        return robot.lookup(".tree-cell").match((TreeCell<PlanBuilderView.Row> c) -> c.getItem() != null
                && c.getItem().path().equals(path)).queryAs(TreeCell.class);
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
