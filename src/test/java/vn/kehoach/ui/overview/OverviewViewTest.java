package vn.kehoach.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.StartSummary;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.ui.KehoachApp;
import vn.kehoach.ui.SameThreadTaskRunner;
import vn.kehoach.ui.Snapshots;

/** The real window on the three sample plans, overdue counted on 15/10/2023: the start page comes first. */
class OverviewViewTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate TODAY = LocalDate.of(2023, 10, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZONE).toInstant(), ZONE);

    @TempDir
    Path tmp;

    private final FxRobot robot = new FxRobot();
    private KehoachApp app;
    private StartSummary expected;

    @BeforeEach
    void startApp() throws Exception {
        AppHome home = new AppHome(tmp.resolve("home"));
        DatabaseFile file = new DatabaseFile(tmp.resolve("lan").resolve("kehoach"));
        try (AppContext ctx = AppContext.open(home, file, true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            expected = ctx.taskService(CLOCK).startSummary();
        }
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (KehoachApp) FxToolkit.setupApplication(() -> new KehoachApp(home, file, new SameThreadTaskRunner(), CLOCK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.isShowing()).isTrue();
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theOverdueItemsOfTheSamplePlansAppearOnTheStartPage() throws Exception {
        assertThat(robot.lookup("#navOverview").queryAs(ToggleButton.class).isSelected()).isTrue();
        List<TaskRow> overdue = expected.byUnit().stream().flatMap(u -> u.overdue().stream()).toList();
        assertThat(overdue).isNotEmpty();

        OverviewView view = robot.lookup("#overview").queryAs(OverviewView.class);
        List<OverviewView.Line> lines = view.lines();
        List<String> itemTitles = lines.stream().filter(l -> !l.group()).map(OverviewView.Line::text).toList();
        assertThat(itemTitles).containsAll(overdue.stream().map(r -> r.task().title()).toList());
        // a presentation of the Gia Lai plan, due 20/09/2023, is 25 days late
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.text()).isEqualTo("Quy hoạch trong xây dựng nông thôn mới");
            assertThat(l.due()).isEqualTo("20/09/2023");
            assertThat(l.state()).isEqualTo("Quá hạn 25 ngày");
            assertThat(l.plan()).isEqualTo("2690/KH-UBND");
        });
        // grouped by unit: each unit line heads its items
        long units = lines.stream().filter(OverviewView.Line::group).count();
        assertThat(units).isEqualTo(expected.byUnit().size());
        assertThat(lines.get(0).group()).isTrue();
        assertThat(robot.lookup("#overviewSummary").queryAs(Label.class).getText())
                .startsWith("Ngày 15/10/2023: " + overdue.size() + " việc quá hạn");

        @SuppressWarnings("unchecked")
        StackedBarChart<Number, String> chart = robot.lookup("#overviewChart").queryAs(StackedBarChart.class);
        assertThat(chart.getData()).hasSize(TaskStatus.values().length);
        assertThat(chart.getData().get(0).getData()).hasSize(expected.perPlan().size());
        int charted = chart.getData().stream().flatMap(s -> s.getData().stream())
                .mapToInt(d -> d.getXValue().intValue()).sum();
        assertThat(charted).isEqualTo(expected.perPlan().stream().mapToInt(StartSummary.PlanCounts::total).sum());
        // what is overdue today shows as late on the chart
        int late = chart.getData().get(TaskStatus.LATE.ordinal()).getData().stream()
                .mapToInt(d -> d.getXValue().intValue()).sum();
        assertThat(late).isGreaterThanOrEqualTo(overdue.size());

        Snapshots.save(robot, "overview");
    }
}
