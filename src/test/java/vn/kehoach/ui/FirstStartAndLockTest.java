package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
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
import vn.kehoach.store.AppHome;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.store.SecondProcess;

/** What a newcomer sees on first start, and what a clerk sees when another machine holds the file. */
class FirstStartAndLockTest {
    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private KehoachApp app;
    private Process other;

    @AfterEach
    void stop() throws Exception {
        System.clearProperty("kehoach.openPatienceMs");
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        if (other != null) {
            other.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
    }

    private void start(AppHome home, DatabaseFile file) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(() -> new KehoachApp(home, file, new BackgroundTaskRunner()));
    }

    /**
     * Waits until a node is in a showing window, looking on the JavaFX thread: a lookup from the
     * test thread can see a node the JavaFX thread is still attaching (its scene read as null).
     */
    private void waitUntilShown(String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(query)
                .tryQuery().filter(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing()).isPresent()).get(10, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks into a text field and puts the text in at once, as a paste does. */
    private void fill(String query, String text) {
        robot.clickOn(query);
        javafx.scene.control.TextInputControl field = robot.lookup(query).queryTextInputControl();
        robot.interact(() -> field.setText(text));
    }

    @Test
    void theFirstStartAsksOnceAndTheSamplePathCreatesTheThreeSamplePlans() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        start(home, home.defaultDatabase());
        waitUntilShown("#startSample");
        robot.clickOn("#startSample");
        // the main window replaces the opening screen once the sample data is in
        waitUntilShown("#navPlans");
        robot.clickOn("#navPlans");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#planTable").tryQuery().isPresent()
                        && robot.lookup("#planTable").queryTableView().getItems().size() == 3);
        TableView<PlanSummary> table = robot.lookup("#planTable").queryTableView();
        assertThat(table.getItems()).extracting(PlanSummary::numberAndSymbol)
                .containsExactlyInAnyOrder("25/KH-BCĐ", "2690/KH-UBND", "/KH-UBND");
        fill("#planSearch", "phong trao thi dua lai chau"); // typed key by key in KehoachAppTest
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).singleElement().satisfies(p -> assertThat(p.title()).contains("Lai Châu"));
    }

    @Test
    void theFirstStartForMyOfficeTakesTheProvinceAnIssuingBodyAndASignerAndNeverAsksAgain() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        start(home, home.defaultDatabase());
        waitUntilShown("#startOffice");
        robot.clickOn("#startOffice");
        waitUntilShown("#wizardProvince");
        javafx.scene.control.ComboBox<vn.kehoach.store.Provinces.Province> province =
                robot.lookup("#wizardProvince").queryComboBox();
        assertThat(province.getItems()).hasSize(34);
        FxThread.run(() -> province.getSelectionModel().select(province.getItems().stream()
                .filter(p -> p.name().equals("Thái Nguyên")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#wizardPlace").queryTextInputControl().getText()).isEqualTo("Thái Nguyên");
        // one field typed key by key (with a Vietnamese letter), the long ones filled in as a paste does
        fill("#wizardBodyName", "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Thái Nguyên");
        fill("#wizardBodyShortName", "Ban Chỉ đạo tỉnh");
        robot.clickOn("#wizardBodyArchive").write("BCĐ");
        robot.clickOn("#wizardAddBody");
        fill("#wizardSignerName", "Nguyễn Văn Bình");
        fill("#wizardSignerTitle", "Phó Chủ tịch");
        robot.clickOn("#wizardAddSigner");
        robot.clickOn("#wizardFinish");
        waitUntilShown("#navPlans");
        vn.kehoach.app.AppContext ctx = app.context();
        assertThat(ctx.plans().summaries()).isEmpty();
        assertThat(ctx.organizations().all()).extracting(Organization::fullName)
                .contains("Ủy ban nhân dân tỉnh Thái Nguyên",
                        "Ban Chỉ đạo các Chương trình mục tiêu quốc gia tỉnh Thái Nguyên");
        assertThat(ctx.people().all()).singleElement().satisfies(p -> assertThat(p.title()).isEqualTo("Phó Chủ tịch"));
        assertThat(ctx.office().needsStartChoice()).isFalse();

        // a new plan from a template starts with the office's body, its parent, the signer and the place
        robot.clickOn("#navPlans");
        waitUntilShown("#planNew");
        robot.clickOn("#planNew");
        waitUntilShown("#planNewCONFERENCE");
        robot.clickOn("#planNewCONFERENCE");
        waitUntilShown("#headerIssuingBody");
        assertThat(robot.lookup("#headerIssuingBody").queryTextInputControl().getText())
                .isEqualTo("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA TỈNH THÁI NGUYÊN");
        assertThat(robot.lookup("#headerGoverningBody").queryTextInputControl().getText())
                .isEqualTo("UBND TỈNH THÁI NGUYÊN");
        assertThat(robot.lookup("#headerSymbol").queryTextInputControl().getText()).isEqualTo("KH-BCĐ");
        assertThat(robot.lookup("#headerPlace").queryTextInputControl().getText()).isEqualTo("Thái Nguyên");
        assertThat(robot.lookup("#sigSignerName").queryTextInputControl().getText()).isEqualTo("Nguyễn Văn Bình");
    }

    @Test
    void aHolderThatCannotBeReachedIsNamedAndTheLatestBackupOpensReadOnly() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (Database db = Database.open(file, true)) {
            new OrganizationRepository(db).save(Organization.of("Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ",
                    Level.PROVINCE, OrganizationKind.DEPARTMENT, null));
            new BackupService(home).backup(db);
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        other = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"),
                "-Dkehoach.logdir=" + tmp.resolve("logs-other"), SecondProcess.class.getName(),
                file.dataFile().toString(), "unreachable").redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("ready");

        // a start waits 10 s for a holder that may be about to answer; 2 s (some ten tries) are enough here
        System.setProperty("kehoach.openPatienceMs", "2000");
        start(home, file);
        // while it tries to reach the holder, the main window's frame shows at once, not usable yet
        waitUntilShown("#openingFrame");
        assertThat(robot.lookup("#startMessage").queryAs(Label.class).getText()).contains("kehoach.mv.db");
        java.util.Set<javafx.scene.Node> navButtons = robot.lookup("#openingFrame .nav-button").queryAll();
        assertThat(navButtons).hasSize(Screen.values().length).allMatch(javafx.scene.Node::isDisabled);
        waitUntilShown("#openFailureDialog");
        DialogPane dialog = robot.lookup("#openFailureDialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("may-phong-ke-hoach", "chuyenvien", "08:15 23/11/2026")
                .doesNotContain("Exception", "org.h2");

        robot.clickOn(Messages.get("ui.start.readOnlyCopy"));
        waitUntilShown("#readOnlyBanner");
        assertThat(robot.lookup("#readOnlyBanner").queryAs(Label.class).getText()).contains("BẢN SAO CHỈ ĐỌC");
        assertThat(robot.lookup("#statusReadOnly").queryAs(Label.class).isVisible()).isTrue();
        new PrintWriter(other.getOutputStream(), true, StandardCharsets.UTF_8).println("quit");
    }
}
