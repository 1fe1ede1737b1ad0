package vn.kehoach.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/** Every task of every plan, read-only for now (the task matrix comes later). */
public final class TaskListViewModel {
    /** One line: the plan, what to do, who leads, by when, how far. */
    public record Row(String plan, String title, String leadUnit, String deadline, String status) {}

    private final Callable<List<Row>> loader;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);

    public TaskListViewModel(Callable<List<Row>> loader, TaskRunner runner, ErrorReporter errors) {
        this.loader = loader;
        this.runner = runner;
        this.errors = errors;
    }

    /** Reads the rows from a database (runs in the background). */
    public static List<Row> read(AppContext ctx) {
        Map<Long, Organization> units = ctx.organizations().all().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity()));
        List<Row> out = new ArrayList<>();
        for (PlanSummary p : ctx.plans().summaries()) {
            String plan = p.numberAndSymbol() + " " + p.title();
            for (Task t : ctx.tasks().ofPlan(p.id())) {
                Organization lead = t.leadUnitId() == null ? null : units.get(t.leadUnitId());
                String title = t.kind() == TaskKind.PRESENTATION ? Messages.get("ui.tasks.presentation", t.title())
                        : t.title();
                out.add(new Row(plan, title, lead == null ? "" : lead.shortName(), deadline(t),
                        Messages.get("ui.task.status." + t.status().name())));
            }
        }
        return out;
    }

    static String deadline(Task t) {
        if (t.dueDate() != null) {
            return Formats.date(t.dueDate());
        }
        if (t.yearlyDueMonth() != null && t.yearlyDueDay() != null) {
            return Messages.get("ui.tasks.yearly", String.format("%02d/%02d", t.yearlyDueDay(), t.yearlyDueMonth()));
        }
        if (t.daysBeforeEvent() != null) {
            return Messages.get("ui.tasks.beforeEvent", t.daysBeforeEvent());
        }
        return "";
    }

    public void load() {
        loading.set(true);
        runner.submit(loader, list -> {
            rows.setAll(list);
            loading.set(false);
        }, e -> {
            loading.set(false);
            errors.report(e);
        });
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
