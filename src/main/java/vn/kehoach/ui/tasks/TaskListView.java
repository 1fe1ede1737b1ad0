package vn.kehoach.ui.tasks;

import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.RecentBodies;

/** The task list across plans: filters, search, a table, and an editor for one task. */
public final class TaskListView extends BorderPane {
    private final TaskListViewModel vm;
    private final RecentBodies recent;
    private final FlowPane filters;
    /** The plan filter with its label; see {@link #planChosenAbove()}. */
    private final javafx.scene.Node planField;

    /** {@code recent}: the window's recently used bodies, on top of the unit pickers. */
    public TaskListView(AppContext ctx, Executor executor, RecentBodies recent) {
        this(new TaskListViewModel(ctx, Clock.systemDefaultZone(), executor), recent);
    }

    public TaskListView(TaskListViewModel vm) {
        this(vm, new RecentBodies());
    }

    public TaskListView(TaskListViewModel vm, RecentBodies recent) {
        this.vm = vm;
        this.recent = recent;
        setId("taskListView");
        ComboBox<PlanSummary> plan = combo("taskPlanFilter", vm.plans, p -> p.numberAndSymbol() + " " + p.title());
        plan.valueProperty().bindBidirectional(vm.planFilter);
        BodyPicker unit = BodyPicker.of("taskUnitFilter", vm.units, recent);
        unit.model().valueProperty().bindBidirectional(vm.unitFilter);
        unit.setPrefWidth(300);
        ComboBox<TaskStatus> status = combo("taskStatusFilter",
                javafx.collections.FXCollections.observableArrayList(TaskStatus.values()),
                s -> Messages.get("tasks.status." + s.name()));
        status.valueProperty().bindBidirectional(vm.statusFilter);
        Button clear = button("taskClearFilters", "tasks.ui.clearFilters", () -> {
            vm.planFilter.set(null);
            vm.unitFilter.set(null);
            vm.statusFilter.set(null);
        });
        CheckBox overdue = new CheckBox(Messages.get("tasks.ui.overdue"));
        overdue.setId("taskOverdueOnly");
        overdue.selectedProperty().bindBidirectional(vm.overdueOnly);
        CheckBox soon = new CheckBox(Messages.get("tasks.ui.dueSoon"));
        soon.setId("taskDueSoonOnly");
        soon.selectedProperty().bindBidirectional(vm.dueSoonOnly);
        TextField search = new TextField();
        search.setId("taskSearch");
        search.getStyleClass().add("search-box");
        search.setPromptText(Messages.get("tasks.ui.search"));
        search.textProperty().bindBidirectional(vm.search);
        Button add = button("taskAdd", "tasks.ui.add", vm::newTask);
        Button delivered = button("taskMarkDelivered", "tasks.ui.markDelivered", vm::markDelivered);
        Button delete = button("taskDelete", "tasks.ui.delete", vm::deleteSelected);
        delivered.disableProperty().bind(vm.selected.isNull());
        delete.disableProperty().bind(vm.selected.isNull());
        vn.kehoach.ui.Controls.keepEnter(search);
        planField = vn.kehoach.ui.Controls.labelled("tasks.ui.plan", plan);
        filters = new FlowPane(10, 6, planField,
                vn.kehoach.ui.Controls.labelled("tasks.column.unit", unit),
                vn.kehoach.ui.Controls.labelled("tasks.column.status", status),
                vn.kehoach.ui.Controls.labelled("ui.window.search", search), bottomAligned(clear),
                bottomAligned(new HBox(10, overdue, soon)), bottomAligned(new HBox(6, add, delivered, delete)));
        filters.getStyleClass().add("filter-bar");
        filters.setPadding(new Insets(8));
        setTop(filters);

        TableView<TaskRow> table = new TableView<>(vm.rows);
        table.setId("taskTable");
        table.getColumns().add(column("tasks.column.title", r -> r.task().title(), 380));
        table.getColumns().add(column("tasks.column.kind", r -> Messages.get("tasks.kind." + r.task().kind().name()), 90));
        table.getColumns().get(1).setMinWidth(90); // "Nhiệm vụ", "Tham luận" whole
        table.getColumns().add(column("tasks.column.lead", r -> vm.unitName(r.task().leadUnitId()), 180));
        table.getColumns().add(column("tasks.ui.column.supporting", r -> String.join(", ",
                r.task().supportingUnitIds().stream().map(vm::unitName).toList()), 200));
        table.getColumns().add(column("tasks.column.deadline", r -> vn.kehoach.domain.Deadline.of(r.task()).shortForm(), 110));
        table.getColumns().get(4).setMinWidth(100); // "Thời hạn", "25/01/2022" whole
        table.getColumns().add(column("tasks.column.status", r -> Messages.get("tasks.status." + r.task().status().name()), 130));
        table.getColumns().get(5).setMinWidth(130); // "Chưa thực hiện" whole
        table.getColumns().add(column("tasks.ui.plan", TaskRow::planLabel, 240));
        // a wider window widens every column in proportion, the task's own text most
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TaskRow item, boolean empty) {
                super.updateItem(item, empty);
                // classes, not inline colours: a selected row must show the selection, not its urgency
                vn.kehoach.domain.Urgency u = empty || item == null ? null : item.urgency();
                pseudoClassStateChanged(OVERDUE, u == vn.kehoach.domain.Urgency.OVERDUE);
                pseudoClassStateChanged(DUE_SOON, u == vn.kehoach.domain.Urgency.DUE_SOON);
                pseudoClassStateChanged(DONE, u == vn.kehoach.domain.Urgency.DONE);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selected.get() != null) {
                vm.edit(vm.selected.get());
            }
        });
        setCenter(table);
        setRight(editor());
        Label message = new Label();
        message.setId("taskMessage");
        message.textProperty().bind(vm.messageProperty());
        setBottom(new HBox(message));
        vm.load();
    }

    private static final javafx.css.PseudoClass OVERDUE = javafx.css.PseudoClass.getPseudoClass("overdue");
    private static final javafx.css.PseudoClass DUE_SOON = javafx.css.PseudoClass.getPseudoClass("due-soon");
    private static final javafx.css.PseudoClass DONE = javafx.css.PseudoClass.getPseudoClass("done");

    /**
     * On the Tasks screen the plan is chosen once, above the tabs, for the list and the matrix
     * (TaskScreenPlan): the list then shows no plan chooser of its own, only its other filters.
     */
    public void planChosenAbove() {
        filters.getChildren().remove(planField);
    }

    public TaskListViewModel viewModel() {
        return vm;
    }

    private VBox editor() {
        ComboBox<PlanSummary> plan = combo("taskEditPlan", vm.plans, p -> p.numberAndSymbol() + " " + p.title());
        plan.valueProperty().bindBidirectional(vm.editPlan);
        ComboBox<TaskKind> kind = combo("taskEditKind",
                javafx.collections.FXCollections.observableArrayList(TaskKind.values()),
                k -> Messages.get("tasks.kind." + k.name()));
        kind.valueProperty().bindBidirectional(vm.editKind);
        TextField title = field("taskEditTitle", vm.editTitle);
        TextField details = field("taskEditDetails", vm.editDetails);
        BodyPicker lead = BodyPicker.of("taskEditLead", vm.units, recent);
        lead.model().valueProperty().bindBidirectional(vm.editLead);
        BodyPicker supportingPicker = BodyPicker.of("taskEditSupportingUnit", vm.units, recent);
        Button addSupporting = button("taskEditSupportingAdd", "tasks.ui.addSupporting", () -> {
            vm.addSupporting(supportingPicker.model().valueProperty().get());
            supportingPicker.model().valueProperty().set(null);
        });
        ListView<Organization> supporting = new ListView<>(vm.editSupporting);
        supporting.setId("taskEditSupporting");
        supporting.setPrefHeight(90);
        supporting.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Organization item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.fullName());
            }
        });
        Button removeSupporting = button("taskEditSupportingRemove", "tasks.ui.removeSupporting",
                () -> vm.removeSupporting(supporting.getSelectionModel().getSelectedItem()));
        TextField deliverable = field("taskEditDeliverable", vm.editDeliverable);
        TextField deadline = field("taskEditDeadline", vm.editDeadline);
        deadline.setPromptText(Messages.get("tasks.ui.deadlinePrompt"));
        ComboBox<TaskStatus> status = combo("taskEditStatus",
                javafx.collections.FXCollections.observableArrayList(TaskStatus.values()),
                s -> Messages.get("tasks.status." + s.name()));
        status.valueProperty().bindBidirectional(vm.editStatus);
        TextField note = field("taskEditNote", vm.editNote);
        TextField performers = field("taskEditPerformers", vm.editPerformers);
        performers.setPromptText(Messages.get("tasks.ui.performersPrompt"));
        javafx.collections.ObservableList<vn.kehoach.domain.Level> levels =
                javafx.collections.FXCollections.observableArrayList((vn.kehoach.domain.Level) null);
        levels.addAll(vn.kehoach.domain.Level.values());
        ComboBox<vn.kehoach.domain.Level> eventLevel = combo("taskEditEventLevel", levels,
                l -> Messages.get("tasks.level." + l.name()));
        eventLevel.valueProperty().bindBidirectional(vm.editEventLevel);
        Button save = button("taskEditSave", "tasks.ui.save", vm::save);
        Button cancel = button("taskEditCancel", "tasks.ui.cancel", vm::cancelEdit);
        VBox box = new VBox(4, new HBox(6, save, cancel), // first: reachable without scrolling
                label("tasks.ui.plan"), plan, label("tasks.column.kind"), kind, label("tasks.column.title"), title,
                label("tasks.column.details"), details, label("tasks.column.lead"), lead,
                label("tasks.column.supporting"), new HBox(4, supportingPicker, addSupporting), supporting,
                removeSupporting, label("tasks.column.performers"), performers,
                label("tasks.column.deliverable"), deliverable, label("tasks.column.deadline"),
                deadline, label("tasks.column.eventLevel"), eventLevel, label("tasks.column.status"), status, label("tasks.column.note"), note);
        box.setId("taskEditor");
        box.setPadding(new Insets(8));
        box.setPrefWidth(320);
        box.visibleProperty().bind(vm.editing);
        box.managedProperty().bind(vm.editing);
        return box;
    }

    /** A control in the row of labelled filters, lined up with the boxes, not with their labels. */
    private static javafx.scene.Node bottomAligned(javafx.scene.Node n) {
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(n);
        box.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        box.setPadding(new Insets(15, 0, 0, 0));
        return box;
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
                                 java.util.function.Function<T, String> text) {
        ComboBox<T> c = new ComboBox<>(items);
        c.setId(id);
        c.setMaxWidth(260);
        c.setPrefWidth(260);
        c.setMinWidth(120); // a long plan title must not widen the screen past the window
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return c;
    }

    private static TableColumn<TaskRow, String> column(String key, java.util.function.Function<TaskRow, String> value,
                                                      double width) {
        TableColumn<TaskRow, String> c = new TableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
