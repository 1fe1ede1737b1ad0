package vn.kehoach.ui.builder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.document.wordimport.ImportReport;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanEdit;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.SameThreadTaskRunner;

/**
 * "Nhập từ Word…": the file read into a new draft opens in the builder with the import report beside it.
 * (What the Plans list's button and a drop on the list call; a real OS drag and drop is not simulated.)
 */
class WordImportUiTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private AppContext ctx;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        ctx = AppContext.open(new AppHome(tmp.resolve("home")), new DatabaseFile(tmp.resolve("kehoach")), true);
        new SampleLoader(ctx.database()).loadIntoEmpty();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
        ctx.close();
    }

    @Test
    void aWordPlanOpensAsANewDraftInTheBuilderWithTheReport() throws Exception {
        Path docx = tmp.resolve("nam-truoc.docx");
        Documents.of(ctx).plan().exportDocx(ctx.plans().get(1), docx);
        List<Throwable> errors = new ArrayList<>();
        PlanBuilderLauncher launcher = new PlanBuilderLauncher(ctx, new SameThreadTaskRunner(), errors::add, () -> { });
        robot.interact(() -> launcher.importWord(docx));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors).isEmpty();
        assertThat(robot.lookup("#planBuilder").tryQuery()).isPresent();
        ListView<ImportReport.Line> report = robot.lookup("#wordImportReport").queryListView();
        assertThat(report.getItems()).extracting(ImportReport.Line::printed)
                .anyMatch(l -> l.contains("KẾ HOẠCH")).anyMatch(l -> l.contains("Nơi nhận:"));

        // a line with a place in the outline leads to that section
        int lineOfPartTwo = report.getItems().stream().map(ImportReport.Line::outlinePath).toList().indexOf("II.");
        assertThat(lineOfPartTwo).as("the report names part II").isNotNegative();
        robot.interact(() -> {
            report.getSelectionModel().select(lineOfPartTwo);
            report.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<PlanBuilderView.Row> tree = robot.lookup("#outlineTree").query();
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("II.");
        assertThat(tree.isVisible()).as("the outline tab is shown").isTrue();
        PlanSummary draft = ctx.plans().summaries().stream().filter(s -> s.id() == 4).findFirst().orElseThrow();
        assertThat(ctx.plans().get(draft.id()).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aBodyTheDirectoryLacksIsAddedFromTheReportAndThePlanLinkedToIt() throws Exception {
        Plan sample = ctx.plans().get(1);
        PlanHeader h = sample.header();
        List<Recipient> recipients = new ArrayList<>(sample.recipients());
        recipients.add(0, Recipient.text("Trung tâm Khuyến nông tỉnh"));
        Plan unknown = PlanEdit.of(sample).header(new PlanHeader(h.governingBodyId(), h.governingBody(), null,
                "BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP", h.number(), h.symbol(), h.place(), h.issueDate(), h.issueYear()))
                .recipients(recipients).build();
        Path docx = tmp.resolve("co-quan-moi.docx");
        Documents.of(ctx).plan().exportDocx(unknown, docx);
        List<Throwable> errors = new ArrayList<>();
        PlanBuilderLauncher launcher = new PlanBuilderLauncher(ctx, new SameThreadTaskRunner(), errors::add, () -> { });
        robot.interact(() -> launcher.importWord(docx));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.FlowPane offered = robot.lookup("#wordImportUnknownBodies").query();
        assertThat(offered.getChildren()).extracting(n -> ((javafx.scene.control.Button) n).getText())
                .contains("Thêm “BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP” vào danh bạ…",
                        "Thêm “Trung tâm Khuyến nông tỉnh” vào danh bạ…")
                .as("lines naming several bodies are a group's work, not offered")
                .noneMatch(t -> t.contains("Các sở, ban, ngành tỉnh") || t.contains("TT. TU, HĐND, UBND tỉnh"));
        int offeredBefore = offered.getChildren().size();
        vn.kehoach.ui.Snapshots.save(robot, "wordimport-report");

        robot.clickOn("#addUnknownBody0");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            robot.lookup("#newBodyFullName").queryAs(TextField.class).setText("Ban Quản lý các dự án nông nghiệp");
            robot.lookup("#newBodyShortName").queryAs(TextField.class).setText("BQLDA Nông nghiệp");
            robot.lookup("#newBodyLevel").<ComboBox<Level>>query().setValue(Level.PROVINCE);
        });
        robot.clickOn("#newBodyAdd");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors).isEmpty();
        Organization added = ctx.organizations().all().stream()
                .filter(o -> o.fullName().equals("Ban Quản lý các dự án nông nghiệp")).findFirst().orElseThrow();
        assertThat(added.shortName()).isEqualTo("BQLDA Nông nghiệp");
        javafx.scene.control.TextArea issuing = robot.lookup("#headerIssuingBody").query();
        assertThat(issuing.getText()).as("the plan now names the directory's body").isEqualTo("BAN QUẢN LÝ CÁC DỰ ÁN NÔNG NGHIỆP");
        assertThat(robot.lookup("#headerIssuingPick").queryAs(TextField.class).getText())
                .isEqualTo("Ban Quản lý các dự án nông nghiệp");
        assertThat(offered.getChildren()).hasSize(offeredBefore - 1);
    }
}
