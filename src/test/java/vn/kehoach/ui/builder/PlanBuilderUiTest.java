package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.KehoachApp;
import vn.kehoach.ui.SameThreadTaskRunner;

/**
 * One short path through the app as a clerk takes it: a new conference plan from the Plans
 * screen, its header, a little of its outline, the ending; saved, it is in the Plans list at once
 * (no change of screen); found again by the search and opened with Enter. Writing a whole plan
 * key by key is the view-model tests' job ({@link BuilderEditingViewModelTest}).
 */
class PlanBuilderUiTest {
    static final String TITLE = "Sơ kết nông thôn mới các xã biên giới";

    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private KehoachApp app;

    @BeforeEach
    void startApp() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext ctx = AppContext.open(home, file, true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
        }
        FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(() -> new KehoachApp(home, file, new SameThreadTaskRunner()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewPlanIsWrittenSavedListedAtOnceAndFoundAgainWithEnter() throws Exception {
        AppContext ctx = app.context();
        Organization giaLai = body(ctx, "Ủy ban nhân dân tỉnh Gia Lai");

        robot.clickOn("#navPlans"); // the window opens on the start page
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#planNew");
        robot.clickOn(Messages.get("builder.list.template.CONFERENCE"));
        waitFor("#planBuilder");

        // header: the issuing body found by typing a few words without diacritics
        robot.clickOn("#headerIssuingPick").write("ubnd tinh gia lai", 0).type(KeyCode.ENTER);
        assertThat(text("#headerSymbol")).isEqualTo("KH-UBND");
        assertThat(text("#headerPlace")).isEqualTo("Gia Lai");
        replace("#headerYear", "2023");
        assertThat(robot.lookup("#headerDateLine").queryLabeled().getText())
                .isEqualTo("Gia Lai, ngày      tháng      năm 2023");
        replace("#planTitle", TITLE);

        // outline: type on "2. Yêu cầu", Enter for a third item, a point under it, a next one outdented
        openTab("builder.tab.outline");
        robot.clickOn(cell(List.of(0, 1)));
        robot.write(" chung", 0).type(KeyCode.ENTER).write("Tiến độ", 0);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL).write("trước ngày 20/10/2023;", 0);
        robot.type(KeyCode.ESCAPE).type(KeyCode.ENTER).press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.write("Kinh phí", 0);

        // ending: preset, signer, a recipient body found by typing, a line of text
        openTab("builder.tab.end");
        robot.clickOn("#sigPresetCommittee");
        @SuppressWarnings("unchecked")
        ComboBox<vn.kehoach.domain.Person> person = robot.lookup("#sigPerson").queryAs(ComboBox.class);
        robot.interact(() -> person.getSelectionModel().select(person.getItems().stream()
                .filter(x -> x.fullName().equals("Dương Mah Tiệp")).findFirst().orElseThrow()));
        robot.clickOn("#recipientBody").write("dieu phoi gia lai", 0).type(KeyCode.ENTER);
        robot.clickOn("#recipientAddBody");
        robot.clickOn("#recipientNewText").write("Báo Gia Lai, Đài PT-TH tỉnh", 0).type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        PlanSummary summary = ctx.plans().summaries().stream().filter(s -> s.title().equals(TITLE)).findFirst()
                .orElseThrow();
        Plan stored = ctx.plans().get(summary.id());
        assertThat(stored.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(stored.header().issuingBodyId()).isEqualTo(giaLai.id());
        assertThat(stored.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI");
        assertThat(stored.header().year()).isEqualTo(2023);
        assertThat(stored.outline().get(0).children()).extracting(s -> s.heading()).containsExactly("Mục đích",
                "Yêu cầu chung", "Tiến độ", "Kinh phí");
        assertThat(stored.outline().get(0).children().get(2).children()).singleElement()
                .extracting(s -> s.level(), s -> s.text())
                .containsExactly(SectionLevel.POINT, "trước ngày 20/10/2023;"); // under an item, a point
        assertThat(stored.signature().authority()).isEqualTo(SigningAuthority.FOR_HEAD);
        assertThat(stored.signature().signerName()).isEqualTo("Dương Mah Tiệp");
        assertThat(stored.recipients()).extracting(r -> r.printed()).endsWith(
                "Văn phòng Điều phối NTM tỉnh", "Báo Gia Lai, Đài PT-TH tỉnh"); // its short name
        assertThat(stored.recipients()).anyMatch(r -> r.organizationId() != null);

        // the Plans list behind shows it already
        @SuppressWarnings("unchecked")
        TableView<PlanSummary> table = robot.lookup("#planTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(p -> p.title().equals(TITLE)));

        // closed, then found by a few words and opened with Enter
        Stage builder = builderStage();
        robot.interact(builder::close);
        // the headless toolkit leaves the keyboard with the closed window: give it back to the main one
        robot.interact(() -> robot.lookup("#planSearch").query().getScene().getWindow().requestFocus());
        robot.clickOn("#planSearch").write("so ket xa bien gioi", 0).type(KeyCode.ENTER); // the only one found
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#planBuilder").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planTitle").queryTextInputControl().getText()).isEqualTo(TITLE);
    }

    private Stage builderStage() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#planBuilder") != null)
                .findFirst().orElseThrow();
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTab(String key) {
        robot.clickOn(robot.from(robot.lookup("#builderTabs").queryAs(javafx.scene.Node.class)).lookup(".tab-label")
                .match((javafx.scene.control.Labeled l) -> l.getText().equals(Messages.get(key)))
                .queryAs(javafx.scene.Node.class));
    }

    private TreeCell<?> cell(List<Integer> path) {
        return robot.lookup(".tree-cell").match((TreeCell<PlanBuilderView.Row> c) -> c.getItem() != null
                && c.getItem().path().equals(path)).queryAs(TreeCell.class);
    }

    private void replace(String id, String value) {
        robot.clickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(value, 0);
    }

    private String text(String id) {
        return robot.lookup(id).queryTextInputControl().getText();
    }

    private static Organization body(AppContext ctx, String name) {
        return ctx.organizations().all().stream().filter(o -> o.fullName().equals(name)).findFirst().orElseThrow();
    }
}
