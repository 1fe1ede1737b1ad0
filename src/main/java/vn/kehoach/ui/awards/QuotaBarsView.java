package vn.kehoach.ui.awards;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.kehoach.domain.Messages;

/**
 * One horizontal bar per body: its name, how full its quota is, and "used / allowed" in figures; a body
 * over its quota is red and comes first. Replaces a bar chart whose dozens of thin columns nobody could read.
 */
final class QuotaBarsView extends ScrollPane {
    private final GridPane grid = new GridPane();

    QuotaBarsView(ObservableList<NominationRegisterViewModel.QuotaBar> bars) {
        setId("quotaBars");
        setFitToWidth(true);
        grid.setHgap(10);
        grid.setVgap(4);
        grid.setPadding(new Insets(6));
        ColumnConstraints name = new ColumnConstraints();
        name.setPrefWidth(220);
        name.setMaxWidth(300);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        bar.setMinWidth(120);
        grid.getColumnConstraints().setAll(name, bar, new ColumnConstraints());
        setContent(grid);
        bars.addListener((ListChangeListener<NominationRegisterViewModel.QuotaBar>) c -> fill(bars));
        fill(bars);
    }

    private void fill(ObservableList<NominationRegisterViewModel.QuotaBar> bars) {
        grid.getChildren().clear();
        if (bars.isEmpty()) {
            grid.add(new Label(Messages.get("ui.window.awards.noQuota")), 0, 0, 3, 1);
            return;
        }
        int row = 0;
        for (NominationRegisterViewModel.QuotaBar b : bars) {
            Label name = new Label(b.name());
            name.setTooltip(new Tooltip(b.name()));
            ProgressBar bar = new ProgressBar(b.allowed() == 0 ? (b.used() == 0 ? 0 : 1)
                    : Math.min(1, (double) b.used() / b.allowed()));
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().add("quota-bar");
            Label figures = new Label(Messages.get("ui.window.awards.usedOfAllowed", b.used(), b.allowed()));
            figures.getStyleClass().add("quota-figures");
            if (b.exceeded()) {
                for (var n : new javafx.scene.Node[] {name, bar, figures}) {
                    n.getStyleClass().add("quota-exceeded");
                }
            }
            bar.setUserData(b);
            grid.addRow(row++, name, bar, figures);
        }
    }
}
