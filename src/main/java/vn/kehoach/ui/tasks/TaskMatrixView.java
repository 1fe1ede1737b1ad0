package vn.kehoach.ui.tasks;

import java.time.Clock;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Urgency;

/**
 * The units × tasks grid of a plan. One canvas draws only the visible cells (a few hundred),
 * whatever the size of the matrix; scroll bars move the window; a click selects a cell for
 * the editor below (role CT / PH / none, the task's status).
 */
public final class TaskMatrixView extends BorderPane {
    static final double HEADER_WIDTH = 280;
    /** Tall enough for a task's name written upwards (rotated), so columns carry names, not numbers. */
    static final double HEADER_HEIGHT = 170;
    static final double CELL_WIDTH = 40;
    static final double CELL_HEIGHT = 22;

    private final TaskMatrixViewModel vm;
    private final Canvas canvas = new Canvas();
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    /** The full name under the pointer: a column's task (or unit), a row's unit (or task). */
    private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
    private static final Font FONT = Font.font(12);
    private static final Font HEADING_FONT = Font.font(null, javafx.scene.text.FontWeight.BOLD, 12);

    public TaskMatrixView(AppContext ctx, Executor executor) {
        this(new TaskMatrixViewModel(ctx, Clock.systemDefaultZone(), executor));
    }

    public TaskMatrixView(TaskMatrixViewModel vm) {
        this.vm = vm;
        setId("taskMatrixView");
        ComboBox<PlanSummary> plan = TaskListView.combo("matrixPlan", vm.plans,
                p -> p.numberAndSymbol() + " " + p.title());
        plan.valueProperty().bindBidirectional(vm.plan);
        plan.setMaxWidth(460); // the plan's number and enough of its title to tell plans apart
        plan.setPrefWidth(460);
        CheckBox all = new CheckBox(Messages.get("tasks.ui.allUnits"));
        all.setId("matrixAllUnits");
        all.selectedProperty().bindBidirectional(vm.allUnits);
        CheckBox transpose = new CheckBox(Messages.get("tasks.ui.transpose"));
        transpose.setId("matrixTranspose");
        transpose.selectedProperty().bindBidirectional(vm.transposed);
        javafx.scene.layout.HBox boxes = new javafx.scene.layout.HBox(12, all, transpose);
        boxes.setPadding(new Insets(15, 0, 0, 0));
        FlowPane top = new FlowPane(12, 6, vn.kehoach.ui.Controls.labelled("tasks.ui.plan", plan), boxes);
        top.setPadding(new Insets(8));
        setTop(top);

        canvas.setId("matrixCanvas");
        Pane holder = new Pane(canvas);
        holder.setMinSize(0, 0);
        canvas.widthProperty().bind(holder.widthProperty());
        canvas.heightProperty().bind(holder.heightProperty());
        vbar.setOrientation(Orientation.VERTICAL);
        hbar.setId("matrixHScroll");
        vbar.setId("matrixVScroll");
        BorderPane grid = new BorderPane(holder);
        grid.setRight(vbar);
        grid.setBottom(hbar);
        setCenter(grid);

        ComboBox<TaskMatrix.Role> role = TaskListView.combo("matrixCellRole",
                javafx.collections.FXCollections.observableArrayList(TaskMatrix.Role.values()),
                r -> r == TaskMatrix.Role.NONE ? Messages.get("tasks.ui.roleNone") : r.code());
        role.valueProperty().bindBidirectional(vm.editRole);
        ComboBox<TaskStatus> status = TaskListView.combo("matrixCellStatus",
                javafx.collections.FXCollections.observableArrayList(TaskStatus.values()),
                s -> Messages.get("tasks.status." + s.name()));
        status.valueProperty().bindBidirectional(vm.editStatus);
        Button apply = new Button(Messages.get("tasks.ui.save"));
        apply.setId("matrixCellApply");
        apply.setOnAction(e -> vm.applyCell());
        apply.disableProperty().bind(vm.selectedRow.lessThan(0));
        Label selection = new Label();
        selection.setId("matrixSelection");
        selection.textProperty().bind(vm.selectionTextProperty());
        Label message = new Label();
        message.setId("matrixMessage");
        message.textProperty().bind(vm.messageProperty());
        // the cell's role and status, each with its name, and the box's verticals aligned with the labels
        Label roleName = new Label(Messages.get("tasks.ui.matrixRole"));
        roleName.setLabelFor(role);
        Label statusName = new Label(Messages.get("tasks.column.status"));
        statusName.setLabelFor(status);
        FlowPane editor = new FlowPane(8, 6, selection, roleName, role, statusName, status, apply, message);
        editor.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        editor.setId("matrixCellEditor");
        editor.setPadding(new Insets(8));
        setBottom(editor);

        Runnable redraw = this::redraw;
        vm.matrixProperty().addListener((o, a, b) -> {
            updateScrollBars();
            redraw.run();
        });
        vm.transposed.addListener((o, a, b) -> {
            vm.clearSelection();
            updateScrollBars();
            redraw.run();
        });
        vm.selectedRow.addListener((o, a, b) -> redraw.run());
        vm.selectedColumn.addListener((o, a, b) -> redraw.run());
        hbar.valueProperty().addListener((o, a, b) -> redraw.run());
        vbar.valueProperty().addListener((o, a, b) -> redraw.run());
        canvas.widthProperty().addListener((o, a, b) -> {
            updateScrollBars();
            redraw.run();
        });
        canvas.heightProperty().addListener((o, a, b) -> {
            updateScrollBars();
            redraw.run();
        });
        canvas.setOnScroll(e -> {
            vbar.setValue(clamp(vbar.getValue() - Math.signum(e.getDeltaY()) * 3, vbar.getMax()));
            hbar.setValue(clamp(hbar.getValue() - Math.signum(e.getDeltaX()) * 3, hbar.getMax()));
        });
        tip.setShowDelay(javafx.util.Duration.millis(250));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        javafx.scene.control.Tooltip.install(canvas, tip);
        canvas.setOnMouseMoved(e -> tip.setText(nameAt(e.getX(), e.getY())));
        canvas.setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                vm.selectDisplayed(cell[0], cell[1]);
            }
        });
        vm.load();
    }

    public TaskMatrixViewModel viewModel() {
        return vm;
    }

    /** The display cell (row, column) under a point of the canvas, or null in the headers. */
    public int[] cellAt(double x, double y) {
        if (x < HEADER_WIDTH || y < HEADER_HEIGHT) {
            return null;
        }
        int r = (int) vbar.getValue() + (int) ((y - HEADER_HEIGHT) / CELL_HEIGHT);
        int c = (int) hbar.getValue() + (int) ((x - HEADER_WIDTH) / CELL_WIDTH);
        return r < vm.displayRows() && c < vm.displayColumns() ? new int[] {r, c} : null;
    }

    /** Where the centre of display cell (r, c) is on the canvas while it is scrolled into view. */
    public double[] centreOf(int r, int c) {
        vbar.setValue(Math.min(r, vbar.getMax()));
        hbar.setValue(Math.min(c, hbar.getMax()));
        return new double[] {HEADER_WIDTH + (c - (int) hbar.getValue() + 0.5) * CELL_WIDTH,
                HEADER_HEIGHT + (r - (int) vbar.getValue() + 0.5) * CELL_HEIGHT};
    }

    public Canvas canvas() {
        return canvas;
    }

    /** The tooltip of the grid (tests read what it says over a header). */
    public javafx.scene.control.Tooltip headerTooltip() {
        return tip;
    }

    /** What the tooltip says at a point: the full name of the column or row header there, or of both at a cell. */
    String nameAt(double x, double y) {
        int c = (int) hbar.getValue() + (int) ((x - HEADER_WIDTH) / CELL_WIDTH);
        int r = (int) vbar.getValue() + (int) ((y - HEADER_HEIGHT) / CELL_HEIGHT);
        boolean inColumns = x >= HEADER_WIDTH && c < vm.displayColumns();
        boolean inRows = y >= HEADER_HEIGHT && r < vm.displayRows();
        if (inColumns && !inRows && y < HEADER_HEIGHT) {
            return vm.fullName(true, c);
        }
        if (inRows && !inColumns && x < HEADER_WIDTH) {
            return vm.fullName(false, r);
        }
        if (inRows && inColumns) {
            return vm.fullName(false, r) + "\n" + vm.fullName(true, c);
        }
        return null;
    }

    /** {@code text} cut with "…" to fit {@code width} pixels (drawn text is never squeezed). */
    private static String fit(String text, Font font, double width) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(font);
        if (probe.getLayoutBounds().getWidth() <= width) {
            return text;
        }
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi + 1) / 2;
            probe.setText(text.substring(0, mid) + "…");
            if (probe.getLayoutBounds().getWidth() <= width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return text.substring(0, lo).strip() + "…";
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(v, max));
    }

    private int visibleRows() {
        return Math.max(1, (int) ((canvas.getHeight() - HEADER_HEIGHT) / CELL_HEIGHT));
    }

    private int visibleColumns() {
        return Math.max(1, (int) ((canvas.getWidth() - HEADER_WIDTH) / CELL_WIDTH));
    }

    private void updateScrollBars() {
        vbar.setMax(Math.max(0, vm.displayRows() - visibleRows()));
        vbar.setVisibleAmount(visibleRows());
        hbar.setMax(Math.max(0, vm.displayColumns() - visibleColumns()));
        hbar.setVisibleAmount(visibleColumns());
        vbar.setValue(clamp(vbar.getValue(), vbar.getMax()));
        hbar.setValue(clamp(hbar.getValue(), hbar.getMax()));
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        TaskMatrix m = vm.matrixProperty().get();
        if (m == null) {
            return;
        }
        boolean t = vm.transposed.get();
        int r0 = (int) vbar.getValue();
        int c0 = (int) hbar.getValue();
        int rows = Math.min(vm.displayRows() - r0, visibleRows() + 1);
        int cols = Math.min(vm.displayColumns() - c0, visibleColumns() + 1);
        Urgency[] urgency = vm.urgenciesProperty().get();
        g.setFont(FONT);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < rows; i++) {
            int r = r0 + i;
            double y = HEADER_HEIGHT + i * CELL_HEIGHT;
            boolean heading = !t && m.row(r).isHeader();
            g.setFill(Color.web(heading ? "#e3e9f2" : "#f6f8fa"));
            g.fillRect(0, y, HEADER_WIDTH, CELL_HEIGHT);
            g.setFill(Color.web("#1f2328"));
            g.setTextAlign(TextAlignment.LEFT);
            Font font = heading ? HEADING_FONT : FONT;
            g.setFont(font);
            double indent = heading || t ? 6 : 18;
            g.fillText(fit(vm.rowName(r), font, HEADER_WIDTH - indent - 4), indent, y + CELL_HEIGHT / 2);
            g.setFont(FONT);
            for (int j = 0; j < cols; j++) {
                int c = c0 + j;
                int unitRow = t ? c : r;
                int task = t ? r : c;
                double x = HEADER_WIDTH + j * CELL_WIDTH;
                if (m.row(unitRow).isHeader()) {
                    g.setFill(Color.web("#dddddd"));
                    g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    continue;
                }
                TaskMatrix.Role role = m.role(unitRow, task);
                if (role != TaskMatrix.Role.NONE) {
                    g.setFill(colour(urgency.length > task ? urgency[task] : Urgency.LATER, m.column(task).status()));
                    g.fillRect(x, y, CELL_WIDTH, CELL_HEIGHT);
                    g.setFill(Color.BLACK);
                    g.setTextAlign(TextAlignment.CENTER);
                    g.fillText(role.code(), x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2);
                }
                if (unitRow == vm.selectedRow.get() && task == vm.selectedColumn.get()) {
                    g.setStroke(Color.BLUE);
                    g.setLineWidth(2);
                    g.strokeRect(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2);
                }
            }
        }
        g.setFill(Color.web("#f6f8fa"));
        g.fillRect(0, 0, w, HEADER_HEIGHT);
        g.setFill(Color.web("#1f2328"));
        g.setTextAlign(TextAlignment.LEFT);
        for (int j = 0; j < cols; j++) {
            // the name reads upwards from the grid, as in a printed assignment table
            g.save();
            g.translate(HEADER_WIDTH + (j + 0.5) * CELL_WIDTH, HEADER_HEIGHT - 6);
            g.rotate(-90);
            g.fillText(fit(vm.columnName(c0 + j), FONT, HEADER_HEIGHT - 12), 0, 0);
            g.restore();
        }
        g.setStroke(Color.web("#cccccc"));
        g.setLineWidth(1);
        for (int j = 0; j <= cols; j++) {
            double x = HEADER_WIDTH + j * CELL_WIDTH + 0.5;
            g.strokeLine(x, 0, x, HEADER_HEIGHT + rows * CELL_HEIGHT);
        }
        for (int i = 0; i <= rows; i++) {
            double y = HEADER_HEIGHT + i * CELL_HEIGHT + 0.5;
            g.strokeLine(0, y, HEADER_WIDTH + cols * CELL_WIDTH, y);
        }
    }

    static Color colour(Urgency urgency, TaskStatus status) {
        if (status == TaskStatus.DELIVERED) {
            return Color.web("#c3e6cb");
        }
        if (urgency == Urgency.OVERDUE || status == TaskStatus.LATE) {
            return Color.web("#f5c6cb");
        }
        if (urgency == Urgency.DUE_SOON) {
            return Color.web("#ffeeba");
        }
        return status == TaskStatus.IN_PROGRESS ? Color.web("#bee5eb") : Color.web("#f8f9fa");
    }
}
