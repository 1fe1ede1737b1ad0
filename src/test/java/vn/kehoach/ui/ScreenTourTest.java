package vn.kehoach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Every screen and window of the app on the sample data at 1280×800 and 1920×1080: each is showing,
 * no button, label or field lies outside its window, and no button or tab title is cut to "…". With
 * {@code -Dkehoach.snapshots=true} a picture of each goes to {@code /tmp/kehoach-snapshots} (issue 12). The
 * 1920×1080 tour needs a headless screen that large: {@code mvn test -Dtest=ScreenTourTest
 * -Dheadless.geometry=1920x1080-32 -Dkehoach.snapshots=true}.
 */
class ScreenTourTest {
    @TempDir
    static Path tmp;

    private static AppHome home;
    private static DatabaseFile file;

    private final FxRobot robot = new FxRobot();
    private KehoachApp app;
    private Stage stage;

    @BeforeAll
    static void sample() {
        home = new AppHome(tmp.resolve("home"));
        file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext ctx = AppContext.open(home, file, true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
        }
    }

    @AfterEach
    void stopApp() throws Exception {
        // no window of the tour (a dialog after a failure) may stay open over the next test's
        robot.interact(() -> new ArrayList<>(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void everyScreenFitsA1280x800Window() throws Exception {
        tour(1280, 800);
    }

    @Test
    void everyScreenFitsA1920x1080Window() throws Exception {
        tour(1920, 1080);
    }

    private void tour(int width, int height) throws Exception {
        String size = width + "x" + height;
        stage = FxToolkit.registerPrimaryStage();
        // Monocle's headless screen is 1280×800 unless the run says otherwise, and a larger window fails in its
        // painter: the large tour runs with -Dheadless.geometry=1920x1080-32 (README), and is skipped without it.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getBounds();
        org.junit.jupiter.api.Assumptions.assumeTrue(screen.getWidth() >= width && screen.getHeight() >= height,
                "headless screen " + screen + " smaller than " + size);
        app = (KehoachApp) FxToolkit.setupApplication(() -> new KehoachApp(home, file, new SameThreadTaskRunner()));
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();

        visit("#navOverview", "overview-" + size, problems);
        // an overdue (red) line selected in a focused table: the selection must stay readable
        javafx.scene.control.TreeTableView<?> overview = robot.lookup("#overviewTable").queryAs(
                javafx.scene.control.TreeTableView.class);
        robot.interact(() -> {
            overview.requestFocus();
            overview.getSelectionModel().select(1);
        });
        check(stage, "overview-selected-" + size, problems);
        visit("#navPlans", "plans-" + size, problems);
        TableView<PlanSummary> plans = robot.lookup("#planTable").queryTableView();
        robot.interact(() -> plans.getSelectionModel().select(0));
        check(stage, "plans-selected-" + size, problems);
        visit("#navTasks", "tasks-list-" + size, problems);
        TableView<?> tasks = robot.lookup("#taskTable").queryTableView();
        robot.interact(() -> {
            int row = Math.min(21, tasks.getItems().size() - 1);
            tasks.getSelectionModel().select(row);
            tasks.scrollTo(row);
        });
        check(stage, "tasks-list-selected-" + size, problems); // selected, the table without focus
        tab("#taskTabs", 1);
        check(stage, "tasks-matrix-" + size, problems);
        visit("#navAwards", "awards-register-" + size, problems);
        tab("#awardTabs", 1);
        check(stage, "awards-rules-" + size, problems);
        visit("#navDirectory", "directory-" + size, problems);
        visit("#navSettings", "settings-" + size, problems);

        // the guide of the shown screen (F1)
        robot.press(KeyCode.F1).release(KeyCode.F1);
        Stage guide = onScreen(newest(), width, height);
        check(guide, "guide-" + size, problems);
        robot.interact(guide::close);

        // the conference editor of the first plan (Nhiệm vụ → Hội nghị…)
        go("#navTasks");
        @SuppressWarnings("unchecked")
        ComboBox<PlanSummary> choice = robot.lookup("#conferencePlanChoice").queryAs(ComboBox.class);
        // one plan chooser for the screen: the list has none of its own and shows the chosen plan's tasks
        assertThat(robot.lookup("#taskPlanFilter").tryQuery()).isEmpty();
        @SuppressWarnings("unchecked")
        TableView<vn.kehoach.domain.TaskRow> taskTable = robot.lookup("#taskTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> taskTable.getItems().stream()
                .map(vn.kehoach.domain.TaskRow::planId).distinct().count() == choice.getItems().size());
        WaitForAsyncUtils.waitForFxEvents();
        // the rows are drawn, not only in the list behind the table
        assertThat(taskTable.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() != null && r.isVisible()).count())
                .as("rows drawn").isGreaterThan(5);
        robot.interact(() -> choice.setValue(choice.getItems().get(0)));
        long chosen = choice.getItems().get(0).id();
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> !taskTable.getItems().isEmpty()
                && taskTable.getItems().stream().allMatch(r -> r.planId() == chosen));
        fire("#conferenceEdit");
        Stage conference = onScreen(newest(), width, height);
        check(conference, "conference-" + size, problems);
        robot.interact(conference::close);

        // the print preview of the selected plan
        go("#navPlans");
        robot.interact(() -> plans.getSelectionModel().select(0));
        fire("#planPreview");
        Stage preview = onScreen(newest(), width, height);
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#previewLoading").tryQuery().map(n -> !n.isVisible()).orElse(true));
        check(preview, "preview-" + size, problems);
        robot.interact(preview::close);

        // the builder of the selected plan, its four tabs, in the window the launcher gives it
        fire("#planOpen");
        Stage builder = newest();
        robot.interact(() -> {
            builder.setWidth(Math.min(width, Math.max(1280, width * 0.9)));
            builder.setHeight(Math.min(height, Math.max(800, height * 0.9)));
        });
        TabPane tabs = (TabPane) builder.getScene().lookup("#builderTabs");
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            check(builder, "builder-" + (i + 1) + "-" + size, problems);
        }
        robot.interact(builder::close);

        assertThat(problems).isEmpty();
    }

    private void visit(String nav, String name, List<String> problems) {
        go(nav);
        check(stage, name, problems);
        robot.lookup("#errorDialog").tryQuery().ifPresent(d -> problems.add(name + ": error dialog "
                + ((javafx.scene.control.DialogPane) d).getContentText()));
    }

    private void fire(String id) {
        javafx.scene.control.ButtonBase button = robot.lookup(id).queryAs(javafx.scene.control.ButtonBase.class);
        robot.interact(button::fire);
    }

    private void go(String nav) {
        javafx.scene.control.ToggleButton button = robot.lookup(nav).queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(() -> button.setSelected(true));
    }

    private void tab(String id, int index) {
        TabPane tabs = robot.lookup(id).queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(index));
    }

    /**
     * A window as it opens on a screen of {@code width}×{@code height} (the headless screen is the
     * largest size): shrunk as {@link WindowSizes} shrinks it.
     */
    private Stage onScreen(Stage window, int width, int height) {
        double[] fit = WindowSizes.fit(window.getScene().getWidth(), window.getScene().getHeight(),
                new javafx.geometry.Rectangle2D(0, 0, width, height));
        robot.interact(() -> {
            window.setWidth(fit[0]);
            window.setHeight(fit[1]);
        });
        return window;
    }

    /** The window opened last. */
    private Stage newest() {
        WaitForAsyncUtils.waitForFxEvents();
        List<Window> windows = Window.getWindows();
        Stage s = (Stage) windows.get(windows.size() - 1);
        assertThat(s).isNotSameAs(stage);
        assertThat(s.isShowing()).isTrue();
        return s;
    }

    /** Looks at what a window shows and, when asked, writes its picture. */
    private void check(Stage window, String name, List<String> problems) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Scene scene = window.getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            if (window.getWidth() > 0 && window.getHeight() > 0) {
                assertThat(scene.getWidth()).as(name).isLessThanOrEqualTo(window.getWidth());
            }
            inspect(scene.getRoot(), scene, name, problems);
        });
        Snapshots.save(window.getScene(), name);
        System.out.println(java.time.LocalTime.now() + " " + name);
    }

    private static void inspect(Node node, Scene scene, String name, List<String> problems) {
        inspect(node, scene, name, problems, false);
    }

    /** {@code scrolled}: inside a scroll pane, where a control may lie outside the window on purpose. */
    private static void inspect(Node node, Scene scene, String name, List<String> problems, boolean scrolled) {
        if (!node.isVisible() || node instanceof Cell || node instanceof javafx.scene.control.skin.VirtualFlow<?>) {
            return; // hidden, or the rows of a list (long texts there are cut on purpose, with a tooltip)
        }
        if (node instanceof Control c && !scrolled) {
            Bounds b = c.localToScene(c.getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < -1 || b.getMinY() < -1 || b.getMaxX() > scene.getWidth() + 1
                    || b.getMaxY() > scene.getHeight() + 1)) {
                problems.add(name + ": " + describe(c) + " outside the window at " + b);
            }
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node text = l.lookup(".text");
            if (text instanceof javafx.scene.text.Text t && !t.getText().equals(l.getText())
                    && t.getText().endsWith(l.getEllipsisString())) {
                problems.add(name + ": " + describe(l) + " cut to \"" + t.getText() + "\"");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                inspect(child, scene, name, problems, scrolled || node instanceof ScrollPane);
            }
        }
    }

    private static String describe(Node n) {
        String what = n.getClass().getSimpleName();
        if (n.getId() != null) {
            what += "#" + n.getId();
        }
        if (n instanceof Labeled l && l.getText() != null) {
            what += " \"" + l.getText() + "\"";
        }
        return what;
    }
}
