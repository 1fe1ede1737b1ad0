package vn.kehoach.ui.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.StartSummary;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Urgency;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/**
 * The start page across all plans: overdue and due-soon items grouped by lead unit, and the count
 * of tasks in each status per plan, both relative to an injected clock. Knows no controls.
 */
public final class OverviewViewModel {
    /** Longest plan name on the chart's axis; the full label stays in the tooltip of the table. */
    static final int AXIS_LABEL_MAX = 34;
    /**
     * The chart shows at most this many plans, those with the most late and then open tasks: more bars
     * cannot be read (and 200 of them took seconds to draw on the JavaFX thread).
     */
    static final int CHART_PLANS = 15;

    /** One line of the urgent table: a task of a unit, with what the clerk reads about its deadline. */
    public record Item(long planId, String planLabel, String title, LocalDate due, Urgency urgency, String stateText) {}

    /** A unit with its urgent items, overdue first. */
    public record UnitGroup(Long unitId, String unitName, int overdue, int dueSoon, List<Item> items) {
        /** "3 quá hạn, 1 sắp đến hạn", leaving out a zero. */
        public String countsText() {
            List<String> parts = new ArrayList<>();
            if (overdue > 0) {
                parts.add(Messages.get("extras.overview.unitOverdue", overdue));
            }
            if (dueSoon > 0) {
                parts.add(Messages.get("extras.overview.unitSoon", dueSoon));
            }
            return String.join(", ", parts);
        }
    }

    /** The status counts of one plan as the chart shows them, its axis name unique among the plans. */
    public record PlanBar(long planId, String axisName, String planLabel, Map<TaskStatus, Integer> counts) {
        public int count(TaskStatus s) {
            return counts.getOrDefault(s, 0);
        }

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Callable<StartSummary> loader;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final Clock clock;

    private final ObservableList<UnitGroup> units = FXCollections.observableArrayList();
    private final ObservableList<PlanBar> plans = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyStringWrapper chartNote = new ReadOnlyStringWrapper(this, "chartNote", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);

    public OverviewViewModel(Callable<StartSummary> loader, Clock clock, TaskRunner runner, ErrorReporter errors) {
        this.loader = loader;
        this.clock = clock;
        this.runner = runner;
        this.errors = errors;
    }

    /** Reads the summary again (each time the page is shown). */
    public void load() {
        loading.set(true);
        runner.submit(loader, this::show, error -> {
            loading.set(false);
            errors.report(error);
        });
    }

    private void show(StartSummary s) {
        LocalDate today = LocalDate.now(clock);
        List<UnitGroup> groups = new ArrayList<>();
        int overdue = 0;
        int soon = 0;
        for (StartSummary.UnitItems u : s.byUnit()) {
            List<Item> items = new ArrayList<>();
            u.overdue().forEach(r -> items.add(item(r, today)));
            u.dueSoon().forEach(r -> items.add(item(r, today)));
            String name = u.unitName() == null || u.unitName().isEmpty() ? Messages.get("extras.overview.noUnit")
                    : u.unitName();
            groups.add(new UnitGroup(u.unitId(), name, u.overdue().size(), u.dueSoon().size(), items));
            overdue += u.overdue().size();
            soon += u.dueSoon().size();
        }
        units.setAll(groups);
        List<PlanBar> all = bars(s.perPlan(), s.byUnit());
        List<PlanBar> charted = mostPressing(all);
        plans.setAll(charted);
        chartNote.set(charted.size() < all.size()
                ? Messages.get("extras.overview.chartCapped", charted.size(), all.size()) : "");
        summaryText.set(Messages.get("extras.overview.summary", Formats.date(today), overdue, soon, groups.size()));
        loading.set(false);
    }

    static Item item(TaskRow r, LocalDate today) {
        String state;
        if (r.urgency() == Urgency.OVERDUE) {
            state = Messages.get("extras.overview.overdueDays", ChronoUnit.DAYS.between(r.due(), today));
        } else {
            long days = ChronoUnit.DAYS.between(today, r.due());
            state = days == 0 ? Messages.get("extras.overview.dueToday")
                    : Messages.get("extras.overview.dueInDays", days);
        }
        return new Item(r.planId(), r.planLabel(), r.task().title(), r.due(), r.urgency(), state);
    }

    /**
     * The plans as chart bars, each named by its number and symbol (or a shortened title), no two
     * alike. A task not delivered whose deadline has passed today counts as late, whatever status
     * was last entered for it: the chart shows where things stand, not what was typed.
     */
    static List<PlanBar> bars(List<StartSummary.PlanCounts> counts, List<StartSummary.UnitItems> urgent) {
        Set<String> taken = new HashSet<>();
        List<PlanBar> out = new ArrayList<>();
        for (StartSummary.PlanCounts c : counts) {
            Map<TaskStatus, Integer> shown = new java.util.EnumMap<>(TaskStatus.class);
            for (TaskStatus st : TaskStatus.values()) {
                shown.put(st, c.counts().getOrDefault(st, 0));
            }
            urgent.stream().flatMap(u -> u.overdue().stream()).filter(r -> r.planId() == c.planId())
                    .map(r -> r.task().status()).filter(st -> st != null && st != TaskStatus.LATE
                            && st != TaskStatus.DELIVERED && shown.get(st) > 0)
                    .forEach(st -> {
                        shown.merge(st, -1, Integer::sum);
                        shown.merge(TaskStatus.LATE, 1, Integer::sum);
                    });
            String name = axisName(c.planLabel());
            String unique = name;
            for (int i = 2; !taken.add(unique); i++) {
                unique = name + " (" + i + ")";
            }
            out.add(new PlanBar(c.planId(), unique, c.planLabel(), new LinkedHashMap<>(shown)));
        }
        return out;
    }

    /**
     * The plans the chart has room for: all of them when they fit, else the {@link #CHART_PLANS} with
     * the most late tasks, then the most not yet delivered — in their own order.
     */
    static List<PlanBar> mostPressing(List<PlanBar> bars) {
        if (bars.size() <= CHART_PLANS) {
            return bars;
        }
        java.util.Comparator<PlanBar> pressing = java.util.Comparator
                .comparingInt((PlanBar b) -> b.count(TaskStatus.LATE))
                .thenComparingInt(b -> b.total() - b.count(TaskStatus.DELIVERED)).reversed();
        Set<PlanBar> chosen = new HashSet<>(bars.stream().sorted(pressing).limit(CHART_PLANS).toList());
        return bars.stream().filter(chosen::contains).toList();
    }

    /** "25/KH-BCĐ — Tổ chức …" gives "25/KH-BCĐ"; an unnumbered title is cut at a word with "…". */
    public static String axisName(String planLabel) {
        String label = planLabel == null ? "" : planLabel.strip();
        int dash = label.indexOf(" — ");
        if (dash > 0) {
            return label.substring(0, dash);
        }
        if (label.length() <= AXIS_LABEL_MAX) {
            return label;
        }
        int cut = label.lastIndexOf(' ', AXIS_LABEL_MAX);
        return label.substring(0, cut > 10 ? cut : AXIS_LABEL_MAX) + "…";
    }

    public ObservableList<UnitGroup> units() {
        return units;
    }

    public ObservableList<PlanBar> plans() {
        return plans;
    }

    /** Says that the chart shows only some of the plans, and how many; empty when it shows all. */
    public ReadOnlyStringProperty chartNoteProperty() {
        return chartNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public static String statusText(TaskStatus s) {
        return Messages.get("tasks.status." + s.name());
    }
}
