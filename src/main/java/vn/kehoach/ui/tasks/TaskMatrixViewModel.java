package vn.kehoach.ui.tasks;

import vn.kehoach.ui.BackgroundWork;
import vn.kehoach.ui.LatestRequest;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Urgency;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.TaskService;

/**
 * State of the assignment matrix: the plan, the {@link TaskMatrix} (units × tasks, or
 * transposed), the selected cell and its editor (role CT / PH / none, the task's status).
 * Holds no controls and no per-cell objects; the view draws only the visible cells.
 */
public final class TaskMatrixViewModel {
    private final AppContext ctx;
    private final TaskService service;
    private final Executor executor;

    public final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    public final ObjectProperty<PlanSummary> plan = new SimpleObjectProperty<>();
    public final BooleanProperty allUnits = new SimpleBooleanProperty(true);
    public final BooleanProperty transposed = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<TaskMatrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyObjectWrapper<Urgency[]> urgencies = new ReadOnlyObjectWrapper<>(this, "urgencies", new Urgency[0]);
    /** Selected cell in matrix coordinates (unit row, task column); -1 when none. */
    public final IntegerProperty selectedRow = new SimpleIntegerProperty(-1);
    public final IntegerProperty selectedColumn = new SimpleIntegerProperty(-1);
    public final ObjectProperty<TaskMatrix.Role> editRole = new SimpleObjectProperty<>(TaskMatrix.Role.NONE);
    public final ObjectProperty<TaskStatus> editStatus = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper selectionText = new ReadOnlyStringWrapper(this, "selectionText", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private List<Organization> directory = List.of();
    /** The plan or the unit choice changed while a matrix was read: only the newest one is shown. */
    private final LatestRequest reloads = new LatestRequest();

    public TaskMatrixViewModel(AppContext ctx, Clock clock, Executor executor) {
        this.ctx = ctx;
        this.service = ctx.taskService(clock);
        this.executor = executor;
        plan.addListener((o, a, b) -> reload());
        allUnits.addListener((o, a, b) -> reload());
    }

    public void load() {
        run(() -> ctx.plans().summaries(), list -> {
            plans.setAll(list);
            if (plan.get() == null && !list.isEmpty()) {
                plan.set(list.get(0));
            }
        });
    }

    public void reload() {
        PlanSummary p = plan.get();
        if (p == null) {
            matrix.set(null);
            return;
        }
        boolean all = allUnits.get();
        run(() -> {
            List<Organization> units = ctx.organizations().all();
            List<Task> tasks = service.ofPlan(p.id());
            var stored = ctx.plans().get(p.id());
            // "every unit" means every unit of the plan's own province, not of every province in the directory
            List<Organization> offered = all ? vn.kehoach.domain.DirectoryRules.inProvinceOf(
                    provinceAnchor(stored.header(), tasks), units) : units;
            TaskMatrix m = TaskMatrix.build(tasks, offered, all);
            var event = stored.conference();
            Urgency[] u = tasks.stream().map(t -> service.urgency().of(t,
                    vn.kehoach.domain.BoundBlockText.eventDate(event, t))).toArray(Urgency[]::new);
            return new Object[] {units, m, u};
        }, reloads.start(r -> {
            @SuppressWarnings("unchecked") List<Organization> units = (List<Organization>) r[0];
            directory = units;
            urgencies.set((Urgency[]) r[2]);
            matrix.set((TaskMatrix) r[1]);
            clearSelection();
        }));
    }

    /** A body that places the plan in its province: the issuing body, else the governing body, else a lead unit. */
    private static Long provinceAnchor(vn.kehoach.domain.PlanHeader header, List<Task> tasks) {
        if (header.issuingBodyId() != null) {
            return header.issuingBodyId();
        }
        if (header.governingBodyId() != null) {
            return header.governingBodyId();
        }
        return tasks.stream().map(Task::leadUnitId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public int displayRows() {
        TaskMatrix m = matrix.get();
        return m == null ? 0 : transposed.get() ? m.columnCount() : m.rowCount();
    }

    public int displayColumns() {
        TaskMatrix m = matrix.get();
        return m == null ? 0 : transposed.get() ? m.rowCount() : m.columnCount();
    }

    /**
     * The name over display column {@code c}: "3. Tổ chức hội nghị…" (the task, numbered as in the plan), or
     * the unit's short name when rows and columns are swapped.
     */
    public String columnName(int c) {
        TaskMatrix m = matrix.get();
        return m == null ? "" : transposed.get() ? unitName(m, c, false) : taskName(m, c);
    }

    /** The name before display row {@code r}: the unit (a level's heading), or the task when swapped. */
    public String rowName(int r) {
        TaskMatrix m = matrix.get();
        return m == null ? "" : transposed.get() ? taskName(m, r) : unitName(m, r, true);
    }

    /** The full wording of a header for its tooltip: the task's whole title, the unit's full name. */
    public String fullName(boolean column, int index) {
        TaskMatrix m = matrix.get();
        if (m == null) {
            return "";
        }
        boolean task = column != transposed.get();
        if (task) {
            return taskName(m, index);
        }
        TaskMatrix.Row row = m.row(index);
        return row.isHeader() ? Messages.get("tasks.level." + row.level().name()) : row.unit().fullName();
    }

    private static String taskName(TaskMatrix m, int task) {
        return (task + 1) + ". " + m.column(task).title();
    }

    private static String unitName(TaskMatrix m, int unitRow, boolean withHeadings) {
        TaskMatrix.Row row = m.row(unitRow);
        if (row.isHeader()) {
            return withHeadings ? Messages.get("tasks.level." + row.level().name()) : "";
        }
        return row.unit().shortName();
    }

    /** Selects the cell shown at display row {@code r}, column {@code c}; level headers are not cells. */
    public void selectDisplayed(int r, int c) {
        select(transposed.get() ? c : r, transposed.get() ? r : c);
    }

    /** Selects a cell in matrix coordinates (unit row, task column). */
    public void select(int row, int col) {
        TaskMatrix m = matrix.get();
        if (m == null || row < 0 || col < 0 || row >= m.rowCount() || col >= m.columnCount() || m.row(row).isHeader()) {
            clearSelection();
            return;
        }
        selectedRow.set(row);
        selectedColumn.set(col);
        editRole.set(m.role(row, col));
        editStatus.set(m.column(col).status());
        selectionText.set(Messages.get("tasks.ui.cell", m.row(row).unit().fullName(), col + 1, m.column(col).title()));
    }

    public void clearSelection() {
        selectedRow.set(-1);
        selectedColumn.set(-1);
        selectionText.set("");
    }

    /** Saves the selected cell's role and the task's status, then reloads. */
    public void applyCell() {
        TaskMatrix m = matrix.get();
        PlanSummary p = plan.get();
        int row = selectedRow.get();
        int col = selectedColumn.get();
        if (m == null || p == null || row < 0 || col < 0) {
            return;
        }
        Task t = TaskMatrix.assign(m.column(col), m.row(row).unit().id(), editRole.get());
        TaskStatus status = editStatus.get() == null ? t.status() : editStatus.get();
        Task updated = t.withProgress(t.leadUnitId(), t.supportingUnitIds(), status,
                status == TaskStatus.DELIVERED ? t.doneDate() != null ? t.doneDate() : service.urgency().today() : null);
        run(() -> service.update(p.id(), updated), saved -> {
            message.set(Messages.get("tasks.ui.saved"));
            reload();
        });
    }

    public ReadOnlyObjectProperty<TaskMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Urgency[]> urgenciesProperty() {
        return urgencies.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty selectionTextProperty() {
        return selectionText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public List<Organization> directory() {
        return directory;
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        new BackgroundWork(executor, busy, message).run(work::get, done);
    }
}
