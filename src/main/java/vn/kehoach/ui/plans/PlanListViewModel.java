package vn.kehoach.ui.plans;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/** The list of plans: loads the summaries in the background and filters them by a diacritic-blind search. */
public final class PlanListViewModel {
    private final Callable<List<PlanSummary>> loader;
    private final TaskRunner runner;
    private final ErrorReporter errors;

    private final ObservableList<PlanSummary> all = FXCollections.observableArrayList();
    private final FilteredList<PlanSummary> shown = new FilteredList<>(all, p -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading", false);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private java.util.function.Consumer<PlanSummary> previewOpener = p -> { };

    public PlanListViewModel(Callable<List<PlanSummary>> loader, TaskRunner runner, ErrorReporter errors) {
        this.loader = loader;
        this.runner = runner;
        this.errors = errors;
        search.addListener((obs, old, query) -> shown.setPredicate(p -> VietnameseText.matches(p.searchText(), query)));
        countText.bind(Bindings.createStringBinding(
                () -> shown.size() == all.size() ? Messages.get("ui.plans.count", all.size())
                        : Messages.get("ui.plans.countFiltered", shown.size(), all.size()),
                shown, all));
    }

    /** Reads the plans again from the database. */
    public void load() {
        loading.set(true);
        runner.submit(loader, list -> {
            all.setAll(list);
            loading.set(false);
        }, error -> {
            loading.set(false);
            errors.report(error);
        });
    }

    /** Who opens the print preview of a plan (the window wires it). */
    public void setPreviewOpener(java.util.function.Consumer<PlanSummary> opener) {
        this.previewOpener = java.util.Objects.requireNonNull(opener);
    }

    /** Opens the print preview and exports of {@code plan}. */
    public void preview(PlanSummary plan) {
        if (plan != null) {
            previewOpener.accept(plan);
        }
    }

    /** The plans that match the search, in the database's order. */
    public ObservableList<PlanSummary> shownPlans() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public static String kindText(PlanKind kind) {
        return kind == null ? "" : Messages.get("ui.plan.kind." + kind.name());
    }

    public static String statusText(PlanStatus status) {
        return status == null ? "" : Messages.get("plan.status." + status.name());
    }

    /** "05/01/2025" for a dated plan, "năm 2022" for a draft that has only its year. */
    public static String dateText(PlanSummary p) {
        if (p.issueDate() != null) {
            return Formats.date(p.issueDate());
        }
        return p.issueYear() == null ? "" : Messages.get("ui.plans.year", String.valueOf(p.issueYear()));
    }

    /** Title order of the Vietnamese alphabet (a, ă, â, b, … đ after d). */
    public static Comparator<String> titleOrder() {
        return VietnameseText.collator();
    }
}
