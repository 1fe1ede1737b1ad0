package vn.kehoach.ui.tasks;

import vn.kehoach.ui.BackgroundWork;
import vn.kehoach.ui.LatestRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Deadline;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskFilter;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.TaskService;

/**
 * State of the task list: filters, the rows they select, and the editor of one task. Knows no
 * controls; every database call runs in a {@link javafx.concurrent.Task} on the executor and its
 * result comes back as property updates.
 */
public final class TaskListViewModel {
    private final AppContext ctx;
    private final TaskService service;
    private final Executor executor;

    // filters
    public final ObservableList<PlanSummary> plans = FXCollections.observableArrayList();
    public final ObservableList<Organization> units = FXCollections.observableArrayList();
    public final ObjectProperty<PlanSummary> planFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<Organization> unitFilter = new SimpleObjectProperty<>();
    public final ObjectProperty<TaskStatus> statusFilter = new SimpleObjectProperty<>();
    public final BooleanProperty overdueOnly = new SimpleBooleanProperty();
    public final BooleanProperty dueSoonOnly = new SimpleBooleanProperty();
    public final StringProperty search = new SimpleStringProperty("");
    // results
    public final ObservableList<TaskRow> rows = FXCollections.observableArrayList();
    public final ObjectProperty<TaskRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    // editor
    public final BooleanProperty editing = new SimpleBooleanProperty();
    public final ObjectProperty<PlanSummary> editPlan = new SimpleObjectProperty<>();
    public final ObjectProperty<TaskKind> editKind = new SimpleObjectProperty<>(TaskKind.TASK);
    public final StringProperty editTitle = new SimpleStringProperty("");
    public final StringProperty editDetails = new SimpleStringProperty("");
    public final ObjectProperty<Organization> editLead = new SimpleObjectProperty<>();
    public final ObservableList<Organization> editSupporting = FXCollections.observableArrayList();
    public final StringProperty editDeliverable = new SimpleStringProperty("");
    public final StringProperty editDeadline = new SimpleStringProperty("");
    public final ObjectProperty<TaskStatus> editStatus = new SimpleObjectProperty<>(TaskStatus.NOT_STARTED);
    public final StringProperty editNote = new SimpleStringProperty("");
    /** A group or collective performing it besides the units ("mỗi huyện 01 thôn, 01 hợp tác xã"). */
    public final StringProperty editPerformers = new SimpleStringProperty("");
    /** In a cascade, the level whose meeting "N ngày trước hội nghị" counts from; null: the main one. */
    public final ObjectProperty<vn.kehoach.domain.Level> editEventLevel = new SimpleObjectProperty<>();
    private Task editedTask;
    /** A filter changed while a search ran: only the newest search's rows are shown. */
    private final LatestRequest searches = new LatestRequest();

    public TaskListViewModel(AppContext ctx, Clock clock, Executor executor) {
        this.ctx = ctx;
        this.service = ctx.taskService(clock);
        this.executor = executor;
        planFilter.addListener((o, a, b) -> refresh());
        unitFilter.addListener((o, a, b) -> refresh());
        statusFilter.addListener((o, a, b) -> refresh());
        overdueOnly.addListener((o, a, b) -> refresh());
        dueSoonOnly.addListener((o, a, b) -> refresh());
        search.addListener((o, a, b) -> refresh());
    }

    /** Loads plans and the directory, then the rows. */
    public void load() {
        run(() -> new Object[] {ctx.plans().summaries(), ctx.organizations().all()}, r -> {
            @SuppressWarnings("unchecked") List<PlanSummary> p = (List<PlanSummary>) r[0];
            @SuppressWarnings("unchecked") List<Organization> o = (List<Organization>) r[1];
            plans.setAll(p);
            units.setAll(o);
            refresh();
        });
    }

    public TaskFilter filter() {
        return new TaskFilter(planFilter.get() == null ? null : planFilter.get().id(),
                unitFilter.get() == null ? null : unitFilter.get().id(), statusFilter.get(), overdueOnly.get(),
                dueSoonOnly.get(), search.get());
    }

    public void refresh() {
        TaskFilter f = filter();
        run(() -> service.list(f), searches.start(list -> {
            rows.setAll(list);
            message.set(Messages.get("tasks.ui.count", list.size()));
        }));
    }

    /** Opens the editor on a new task of the filtered plan (or the first plan). */
    public void newTask() {
        editedTask = null;
        editPlan.set(planFilter.get() != null ? planFilter.get() : plans.isEmpty() ? null : plans.get(0));
        editKind.set(TaskKind.TASK);
        editTitle.set("");
        editDetails.set("");
        editLead.set(null);
        editSupporting.clear();
        editDeliverable.set("");
        editDeadline.set("");
        editStatus.set(TaskStatus.NOT_STARTED);
        editNote.set("");
        editPerformers.set("");
        editEventLevel.set(null);
        editing.set(true);
    }

    /** Opens the editor on a row. */
    public void edit(TaskRow row) {
        Task t = row.task();
        editedTask = t;
        editPlan.set(plans.stream().filter(p -> p.id() == row.planId()).findFirst().orElse(null));
        editKind.set(t.kind());
        editTitle.set(t.title());
        editDetails.set(t.details() == null ? "" : t.details());
        editLead.set(unit(t.leadUnitId()));
        editSupporting.setAll(t.supportingUnitIds().stream().map(this::unit).filter(java.util.Objects::nonNull).toList());
        editDeliverable.set(t.deliverable() == null ? "" : t.deliverable());
        editDeadline.set(Deadline.of(t).shortForm());
        editStatus.set(t.status());
        editNote.set(t.note() == null ? "" : t.note());
        editPerformers.set(t.performers() == null ? "" : t.performers());
        editEventLevel.set(t.eventLevel());
        editing.set(true);
    }

    public void addSupporting(Organization o) {
        if (o != null && !editSupporting.contains(o) && !o.equals(editLead.get())) {
            editSupporting.add(o);
        }
    }

    public void removeSupporting(Organization o) {
        editSupporting.remove(o);
    }

    public void cancelEdit() {
        editing.set(false);
        editedTask = null;
    }

    /** Saves the editor's task (add or update) off the UI thread. */
    public void save() {
        PlanSummary plan = editPlan.get();
        if (plan == null) {
            message.set(Messages.get("tasks.ui.choosePlan"));
            return;
        }
        Deadline d = Deadline.parse(editDeadline.get()).orElse(null);
        if (d == null) {
            message.set(Messages.get("tasks.import.badDeadline", editDeadline.get()));
            return;
        }
        TaskStatus status = editStatus.get() == null ? TaskStatus.NOT_STARTED : editStatus.get();
        LocalDate done = status == TaskStatus.DELIVERED
                ? editedTask != null && editedTask.doneDate() != null ? editedTask.doneDate() : service.urgency().today()
                : null;
        List<Long> supporting = new ArrayList<>(editSupporting.stream().map(Organization::id).toList());
        Task t = new Task(editedTask == null ? null : editedTask.id(), editKind.get(), editTitle.get(),
                editDetails.get(), editLead.get() == null ? null : editLead.get().id(), supporting,
                editDeliverable.get(), d.date(), d.yearlyMonth(), d.yearlyDay(), d.daysBeforeEvent(), status, done,
                editNote.get(), editPerformers.get(), editEventLevel.get(),
                editedTask == null ? 0 : editedTask.rowVersion());
        boolean isNew = editedTask == null;
        run(() -> isNew ? service.add(plan.id(), t) : service.update(plan.id(), t), saved -> {
            editing.set(false);
            editedTask = null;
            message.set(Messages.get("tasks.ui.saved"));
            refresh();
        });
    }

    /** Marks the selected row delivered today. */
    public void markDelivered() {
        TaskRow row = selected.get();
        if (row == null) {
            return;
        }
        run(() -> service.markDelivered(row.planId(), row.task().id(), service.urgency().today()), t -> refresh());
    }

    public void deleteSelected() {
        TaskRow row = selected.get();
        if (row != null) {
            run(() -> {
                service.delete(row.planId(), row.task().id());
                return row;
            }, r -> refresh());
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Organization unit(Long id) {
        return id == null ? null : units.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    public String unitName(Long id) {
        Organization o = unit(id);
        return o == null ? "" : o.shortName();
    }

    private <T> void run(Supplier<T> work, java.util.function.Consumer<T> done) {
        new BackgroundWork(executor, busy, message).run(work::get, done);
    }
}
