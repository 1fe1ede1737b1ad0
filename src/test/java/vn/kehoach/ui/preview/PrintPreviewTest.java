package vn.kehoach.ui.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.KehoachApp;
import vn.kehoach.ui.SameThreadTaskRunner;

/** Opens the print preview of a sample plan from the Plans screen of the real application (headless). */
class PrintPreviewTest {
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
    void previewShowsThePagesZoomsPagesForwardAndShowsTheVerdict() throws Exception {
        robot.clickOn("#navPlans");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planPreview").queryButton().isDisabled()).isTrue();
        TableView<PlanSummary> table = robot.lookup("#planTable").queryTableView();
        PlanSummary laoCai = table.getItems().stream().filter(p -> p.title().contains("Lào Cai")).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(laoCai));
        robot.clickOn("#planPreview");
        WaitForAsyncUtils.waitForFxEvents();

        Label pageText = robot.lookup("#previewPageText").queryAs(Label.class);
        assertThat(pageText.getText()).matches("Trang 1/\\d+");
        int pages = Integer.parseInt(pageText.getText().substring("Trang 1/".length()));
        assertThat(pages).isGreaterThan(1);
        ListView<?> pageList = robot.lookup("#previewPages").queryListView();
        assertThat(pageList.getItems()).hasSize(pages);

        PrintPreviewView view = robot.lookup("#previewRoot").queryAs(PrintPreviewView.class);
        PrintPreviewViewModel vm = view.viewModel();
        assertThat(vm.fitWidthProperty().get()).isTrue();
        double fitted = vm.zoomProperty().get();
        robot.clickOn("#previewZoomIn");
        assertThat(vm.fitWidthProperty().get()).isFalse();
        assertThat(vm.zoomProperty().get()).isGreaterThan(fitted);
        assertThat(robot.lookup("#previewZoomText").queryAs(Label.class).getText())
                .isEqualTo(Math.round(vm.zoomProperty().get() * 100) + " %");

        robot.clickOn("#previewNext");
        assertThat(pageText.getText()).isEqualTo("Trang 2/" + pages);
        robot.clickOn("#previewPrevious");
        assertThat(pageText.getText()).isEqualTo("Trang 1/" + pages);
        robot.clickOn("#previewNext");

        ListView<?> findings = robot.lookup("#previewFindings").queryListView();
        assertThat(findings.getItems()).hasSizeGreaterThan(10);
        assertThat(robot.lookup("#previewVerdict").queryAs(Label.class).getText()).startsWith("Đạt cả");
        assertThat(robot.lookup("#previewPrint").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#previewExportDocx").tryQuery()).isPresent();
        assertThat(robot.lookup("#previewExportPdf").tryQuery()).isPresent();
        assertThat(robot.lookup("#previewDistribution").tryQuery()).isPresent();

        // a page is rendered as an image of the page's size
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.image.ImageView shown = robot.lookup("#previewPages .image-view").queryAs(javafx.scene.image.ImageView.class);
        assertThat(shown.getImage()).isNotNull();

        Stage window = (Stage) view.getScene().getWindow();
        assertThat(window.getTitle()).startsWith("Xem trước — ");
        robot.interact(window::close);
    }
}
