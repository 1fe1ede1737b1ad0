package vn.kehoach.ui.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.ui.BodyPicker;

/** The task list and the matrix, headless, on a real database; overdue counted on 15/10/2023. */
@ExtendWith(ApplicationExtension.class)
class TaskViewsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Clock CLOCK = Clock.fixed(LocalDate.of(2023, 10, 15).atStartOfDay(ZONE).toInstant(), ZONE);

    Path temp;
    AppContext ctx;
    ExecutorService executor;
    Organization agriculture;
    Organization homeAffairs;
    Organization district;
    Organization otherProvince;
    Plan plan;
    TaskListView list;
    TaskMatrixView matrix;

    @Start
    void start(Stage stage) throws Exception {
        temp = Files.createTempDirectory("kehoach-ui-tasks");
        ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(temp.resolve("db").resolve("kehoach")), true);
        Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh",
                Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
        agriculture = ctx.organizations().save(Organization.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT",
                Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id()));
        homeAffairs = ctx.organizations().save(Organization.of("Sở Nội vụ", "Sở Nội vụ", Level.PROVINCE,
                OrganizationKind.DEPARTMENT, province.id()));
        district = ctx.organizations().save(Organization.of("Ủy ban nhân dân huyện Đak Đoa", "UBND huyện Đak Đoa",
                Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id()));
        otherProvince = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh Lai Châu",
                Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
        plan = ctx.plans().save(new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT,
                new PlanHeader(null, null, province.id(), "ỦY BAN NHÂN DÂN", null, "KH-UBND", "Gia Lai", null, 2023),
                "Hội nghị sơ kết 03 năm", List.of(), null, List.of(), null, null, null, List.of(), null, 1, null,
                List.of(Task.of(TaskKind.PRESENTATION, "Kết quả OCOP", agriculture.id(), List.of(), LocalDate.of(2023, 9, 20)),
                        Task.of(TaskKind.TASK, "Chuẩn bị khen thưởng", homeAffairs.id(), List.of(), LocalDate.of(2023, 11, 30))),
                null));
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "tasks-ui-test");
            t.setDaemon(true);
            return t;
        });
        list = new TaskListView(new TaskListViewModel(ctx, CLOCK, executor));
        matrix = new TaskMatrixView(new TaskMatrixViewModel(ctx, CLOCK, executor));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("list", list), new javafx.scene.control.Tab("matrix", matrix));
        stage.setScene(new Scene(tabs, 1200, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        ctx.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return (ComboBox<T>) robot.lookup(id).query();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** On the Tasks screen the plan is chosen above the tabs: the list loses its own chooser, not its rows. */
    @Test
    void withThePlanChosenAboveTheListHasNoPlanChooserAndStillShowsEveryTask(FxRobot robot) throws Exception {
        TaskListViewModel vm = list.viewModel();
        waitUntil(() -> vm.rows.size() == 2);
        robot.interact(list::planChosenAbove);
        assertThat(robot.lookup("#taskPlanFilter").tryQuery()).isEmpty();
        robot.interact(vm::load);
        waitUntil(() -> !vm.busyProperty().get());
        assertThat(vm.rows).hasSize(2);
        robot.interact(() -> vm.planFilter.set(vm.plans.get(0)));
        waitUntil(() -> !vm.busyProperty().get());
        assertThat(vm.rows).hasSize(2);
        assertThat(vm.messageProperty().get()).contains("2");
    }

    @Test
    void addATaskWithALeadAndTwoSupportingUnitsMarkItDeliveredAndFilterOverdue(FxRobot robot) throws Exception {
        TaskListViewModel vm = list.viewModel();
        waitUntil(() -> vm.rows.size() == 2);
        robot.clickOn("#taskAdd");
        assertThat(robot.lookup("#taskEditor").query().isVisible()).isTrue();
        robot.interact(() -> {
            robot.lookup("#taskEditTitle").queryAs(TextField.class).setText("Gửi danh sách đại biểu");
            robot.lookup("#taskEditLeadPicker").queryAs(BodyPicker.class).model().valueProperty().set(homeAffairs);
            robot.lookup("#taskEditDeadline").queryAs(TextField.class).setText("10/10/2023");
            robot.lookup("#taskEditPerformers").queryAs(TextField.class).setText("mỗi huyện 01 thôn, 01 hợp tác xã");
            robot.lookup("#taskEditEventLevel").queryAs(javafx.scene.control.ComboBox.class)
                    .setValue(vn.kehoach.domain.Level.DISTRICT);
        });
        for (Organization o : List.of(agriculture, district)) {
            robot.interact(() -> robot.lookup("#taskEditSupportingUnitPicker").queryAs(BodyPicker.class).model()
                    .valueProperty().set(o));
            robot.clickOn("#taskEditSupportingAdd");
        }
        robot.clickOn("#taskEditSave");
        waitUntil(() -> vm.rows.size() == 3 && !vm.busyProperty().get());
        Task stored = ctx.tasks().ofPlan(plan.id()).get(2);
        assertThat(stored.title()).isEqualTo("Gửi danh sách đại biểu");
        assertThat(stored.leadUnitId()).isEqualTo(homeAffairs.id());
        assertThat(stored.supportingUnitIds()).containsExactly(agriculture.id(), district.id());
        assertThat(stored.dueDate()).isEqualTo(LocalDate.of(2023, 10, 10));
        assertThat(stored.performers()).isEqualTo("mỗi huyện 01 thôn, 01 hợp tác xã");
        assertThat(stored.eventLevel()).isEqualTo(vn.kehoach.domain.Level.DISTRICT);

        robot.clickOn("#taskOverdueOnly");
        waitUntil(() -> vm.rows.size() == 2 && !vm.busyProperty().get());
        assertThat(vm.rows).extracting(r -> r.task().title())
                .containsExactly("Kết quả OCOP", "Gửi danh sách đại biểu");

        TableView<?> table = robot.lookup("#taskTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(1));
        robot.clickOn("#taskMarkDelivered");
        waitUntil(() -> vm.rows.size() == 1 && !vm.busyProperty().get());
        Task delivered = ctx.tasks().ofPlan(plan.id()).get(2);
        assertThat(delivered.status()).isEqualTo(TaskStatus.DELIVERED);
        assertThat(delivered.doneDate()).isEqualTo(LocalDate.of(2023, 10, 15));
        assertThat(delivered.performers()).isEqualTo("mỗi huyện 01 thôn, 01 hợp tác xã");
        assertThat(vm.rows).extracting(r -> r.task().title()).containsExactly("Kết quả OCOP");
    }

    @Test
    void clickACellOfTheMatrixAndMakeTheUnitSupporting(FxRobot robot) throws Exception {
        robot.clickOn("matrix");
        TaskMatrixViewModel vm = matrix.viewModel();
        waitUntil(() -> vm.matrixProperty().get() != null && !vm.busyProperty().get());
        TaskMatrix m = vm.matrixProperty().get();
        int row = m.rowOf(district.id());
        assertThat(m.role(row, 0)).isEqualTo(TaskMatrix.Role.NONE);
        assertThat(m.rowOf(otherProvince.id())).as("every unit of the plan's province, not of every province").isEqualTo(-1);
        assertThat(m.role(m.rowOf(agriculture.id()), 0)).isEqualTo(TaskMatrix.Role.LEAD);
        double[] centre = new double[2];
        robot.interact(() -> System.arraycopy(matrix.centreOf(row, 0), 0, centre, 0, 2));
        javafx.geometry.Point2D onScreen = matrix.canvas().localToScreen(centre[0], centre[1]);
        robot.clickOn(onScreen);
        waitUntil(() -> vm.selectedRow.get() == row && vm.selectedColumn.get() == 0);
        assertThat(vm.selectionTextProperty().get()).contains("Ủy ban nhân dân huyện Đak Đoa").contains("Kết quả OCOP");
        robot.interact(() -> {
            TaskViewsTest.<Object>combo(robot, "#matrixCellRole")
                    .setValue(TaskMatrix.Role.SUPPORT);
            TaskViewsTest.<Object>combo(robot, "#matrixCellStatus")
                    .setValue(TaskStatus.IN_PROGRESS);
        });
        robot.clickOn("#matrixCellApply");
        waitUntil(() -> !vm.busyProperty().get() && vm.matrixProperty().get() != m);
        Task first = ctx.tasks().ofPlan(plan.id()).get(0);
        assertThat(first.supportingUnitIds()).containsExactly(district.id());
        assertThat(first.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(vm.matrixProperty().get().role(vm.matrixProperty().get().rowOf(district.id()), 0)).isEqualTo(TaskMatrix.Role.SUPPORT);
    }

    @Test
    void theMatrixHeaderShowsTaskNamesAndTheUnitsWhenSwapped(FxRobot robot) throws Exception {
        robot.clickOn("matrix");
        TaskMatrixViewModel vm = matrix.viewModel();
        waitUntil(() -> vm.matrixProperty().get() != null && !vm.busyProperty().get());
        assertThat(vm.columnName(0)).isEqualTo("1. Kết quả OCOP");
        assertThat(vm.columnName(1)).isEqualTo("2. Chuẩn bị khen thưởng");
        // the pointer over the first column's header: the tooltip names the task
        javafx.geometry.Point2D header = matrix.canvas().localToScreen(TaskMatrixView.HEADER_WIDTH
                + TaskMatrixView.CELL_WIDTH / 2, TaskMatrixView.HEADER_HEIGHT / 2);
        robot.moveTo(header);
        waitUntil(() -> "1. Kết quả OCOP".equals(matrix.headerTooltip().getText()));
        robot.clickOn("#matrixTranspose");
        waitUntil(() -> vm.transposed.get());
        assertThat(vm.rowName(0)).isEqualTo("1. Kết quả OCOP");
        List<String> columns = new java.util.ArrayList<>();
        for (int c = 0; c < vm.displayColumns(); c++) {
            columns.add(vm.columnName(c));
        }
        assertThat(columns).contains("Sở NN&PTNT", "Sở Nội vụ", "UBND huyện Đak Đoa");
    }

    @Test
    void searchFindsTasksHoldingEveryWordAsTheStartOfAWord(FxRobot robot) throws Exception {
        var service = ctx.taskService(CLOCK);
        service.add(plan.id(), Task.of(TaskKind.TASK, "Sơ kết 6 tháng đầu năm", agriculture.id(), List.of(),
                LocalDate.of(2023, 12, 1)));
        service.add(plan.id(), Task.of(TaskKind.TASK, "Báo cáo kết quả năm 2026", homeAffairs.id(), List.of(),
                LocalDate.of(2023, 12, 1)));
        service.add(plan.id(), Task.of(TaskKind.TASK, "Tổng kết 06 tháng", district.id(), List.of(),
                LocalDate.of(2023, 12, 1)));
        TaskListViewModel vm = list.viewModel();
        robot.interact(vm::refresh);
        waitUntil(() -> vm.rows.size() == 5 && !vm.busyProperty().get());
        robot.clickOn("#taskSearch").write("so ket 6");
        waitUntil(() -> vm.rows.size() == 1 && !vm.busyProperty().get());
        assertThat(vm.rows).extracting(r -> r.task().title()).containsExactly("Sơ kết 6 tháng đầu năm");
        robot.interact(() -> vm.search.set("tong ket 6"));
        waitUntil(() -> !vm.busyProperty().get() && vm.rows.size() == 1
                && vm.rows.get(0).task().title().equals("Tổng kết 06 tháng"));
    }

    @Test
    void thePlanChosenAboveTheTabsFiltersTheListAndIsTheMatrixPlan(FxRobot robot) throws Exception {
        TaskListViewModel listVm = list.viewModel();
        TaskMatrixViewModel matrixVm = matrix.viewModel();
        waitUntil(() -> listVm.plans.size() == 1 && !listVm.busyProperty().get());
        javafx.beans.property.ObjectProperty<vn.kehoach.domain.PlanSummary> chosen =
                new javafx.beans.property.SimpleObjectProperty<>();
        robot.interact(() -> {
            TaskScreenPlan.follow(chosen, listVm, matrixVm);
            chosen.set(listVm.plans.get(0));
        });
        assertThat(listVm.planFilter.get()).isEqualTo(listVm.plans.get(0));
        assertThat(matrixVm.plan.get()).isEqualTo(listVm.plans.get(0));
        robot.clickOn("#taskClearFilters");
        assertThat(chosen.get()).isNull();
    }
}
