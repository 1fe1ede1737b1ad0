package vn.kehoach.ui.overview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.control.SplitPane;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Urgency;
import vn.kehoach.ui.Formats;

/**
 * "Tổng quan": the start page. Left, overdue and due-soon items grouped by lead unit (a tree
 * table, every unit open); right, a stacked bar per plan of its tasks by status.
 */
public final class OverviewView extends BorderPane {
    /** One line of the table: a unit (group) or one of its items. */
    public record Line(String text, String plan, String due, String state, Urgency urgency, boolean group) {}

    private final OverviewViewModel vm;
    private final TreeTableView<Line> table = new TreeTableView<>();
    private final StackedBarChart<Number, String> chart;

    public OverviewView(OverviewViewModel vm) {
        this.vm = vm;
        setId("overview");
        setPadding(new Insets(12));

        Label title = new Label(Messages.get("extras.overview.title"));
        title.getStyleClass().add("screen-title");
        Label summary = new Label();
        summary.setId("overviewSummary");
        summary.getStyleClass().add("hint");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryTextProperty());
        VBox top = new VBox(4, title, summary);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);

        buildTable();
        NumberAxis count = new NumberAxis();
        count.setLabel(Messages.get("extras.overview.taskCount"));
        count.setMinorTickVisible(false);
        count.setTickUnit(1);
        CategoryAxis plans = new CategoryAxis();
        chart = new StackedBarChart<>(count, plans);
        chart.setId("overviewChart");
        chart.setTitle(Messages.get("extras.overview.chartTitle"));
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setCategoryGap(14);
        chart.getStyleClass().add("status-chart");

        Label urgentTitle = new Label(Messages.get("extras.overview.urgentTitle"));
        urgentTitle.getStyleClass().add("section-title");
        // "nothing late" only once the summary has come: before, it would say so of data not yet read
        table.setPlaceholder(vn.kehoach.ui.Controls.placeholder(vm.loadingProperty().or(vm.summaryTextProperty().isEmpty()),
                Messages.get("extras.overview.nothingUrgent")));
        VBox left = new VBox(6, urgentTitle, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label chartNote = new Label();
        chartNote.setId("overviewChartNote");
        chartNote.getStyleClass().add("hint");
        chartNote.setWrapText(true);
        chartNote.textProperty().bind(vm.chartNoteProperty());
        chartNote.managedProperty().bind(chartNote.textProperty().isNotEmpty());
        VBox right = new VBox(4, chart, chartNote);
        VBox.setVgrow(chart, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.68); // the table first: its names are what the clerk reads
        setCenter(split);

        vm.units().addListener((ListChangeListener<OverviewViewModel.UnitGroup>) c -> fillTable());
        vm.plans().addListener((ListChangeListener<OverviewViewModel.PlanBar>) c -> fillChart());
        fillTable();
        fillChart();
    }

    public OverviewViewModel viewModel() {
        return vm;
    }

    private void buildTable() {
        table.setId("overviewTable");
        table.setShowRoot(false);
        table.setRoot(new TreeItem<>());
        table.getColumns().add(column("extras.overview.col.unitTask", Line::text, 300));
        table.getColumns().add(column("extras.overview.col.plan", Line::plan, 120));
        table.getColumns().add(column("extras.overview.col.due", Line::due, 90));
        table.getColumns().add(column("extras.overview.col.state", Line::state, 140));
        table.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new javafx.scene.control.TreeTableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("overview-group", "overview-overdue", "overview-soon");
                if (!empty && line != null) {
                    getStyleClass().add(line.group() ? "overview-group"
                            : line.urgency() == Urgency.OVERDUE ? "overview-overdue" : "overview-soon");
                }
            }
        });
    }

    private static TreeTableColumn<Line, String> column(String key, Function<Line, String> value, double width) {
        TreeTableColumn<Line, String> c = new TreeTableColumn<>(Messages.get(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(d.getValue().getValue() == null ? ""
                : value.apply(d.getValue().getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 120)); // "2690/KH-UBND", "Quá hạn 1176 ngày" whole
        c.setCellFactory(col -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                setTooltip(empty || s == null || s.isEmpty() ? null : new Tooltip(s));
            }
        });
        return c;
    }

    private void fillTable() {
        TreeItem<Line> root = table.getRoot();
        root.getChildren().clear();
        for (OverviewViewModel.UnitGroup g : vm.units()) {
            TreeItem<Line> unit = new TreeItem<>(new Line(g.unitName(), "", "", g.countsText(), null, true));
            for (OverviewViewModel.Item i : g.items()) {
                unit.getChildren().add(new TreeItem<>(new Line(i.title(), OverviewViewModel.axisName(i.planLabel()), Formats.date(i.due()),
                        i.stateText(), i.urgency(), false)));
            }
            unit.setExpanded(true);
            root.getChildren().add(unit);
        }
    }

    private void fillChart() {
        chart.getData().clear();
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(vm.plans().stream()
                .map(OverviewViewModel.PlanBar::axisName).toList());
        for (TaskStatus s : TaskStatus.values()) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(OverviewViewModel.statusText(s));
            for (OverviewViewModel.PlanBar p : vm.plans()) {
                series.getData().add(new XYChart.Data<>(p.count(s), p.axisName()));
            }
            chart.getData().add(series);
        }
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        vm.plans().forEach(p -> labels.put(p.axisName(), p.planLabel()));
        for (XYChart.Series<Number, String> series : chart.getData()) {
            for (XYChart.Data<Number, String> d : series.getData()) {
                if (d.getNode() != null && labels.containsKey(d.getYValue())) {
                    Tooltip.install(d.getNode(), new Tooltip(labels.get(d.getYValue()) + "\n" + series.getName()
                            + ": " + d.getXValue()));
                }
            }
        }
    }

    /** What the table shows now (for tests): units and their items, in order. */
    public java.util.List<Line> lines() {
        java.util.List<Line> out = new java.util.ArrayList<>();
        for (TreeItem<Line> u : table.getRoot().getChildren()) {
            out.add(u.getValue());
            u.getChildren().forEach(i -> out.add(i.getValue()));
        }
        return out;
    }
}
