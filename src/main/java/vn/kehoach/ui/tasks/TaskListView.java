package vn.kehoach.ui.tasks;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import vn.kehoach.domain.Messages;

/** The Tasks screen: a read-only table of every task of every plan. */
public final class TaskListView extends BorderPane {
    public TaskListView(TaskListViewModel vm) {
        getStyleClass().add("screen");
        Label heading = new Label(Messages.get("ui.nav.tasks"));
        heading.getStyleClass().add("screen-title");
        BorderPane.setMargin(heading, new Insets(0, 0, 10, 0));

        TableView<TaskListViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("taskTable");
        table.setPlaceholder(new Label(Messages.get("ui.tasks.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("ui.tasks.col.plan", 260, TaskListViewModel.Row::plan));
        table.getColumns().add(column("ui.tasks.col.title", 340, TaskListViewModel.Row::title));
        table.getColumns().add(column("ui.tasks.col.lead", 140, TaskListViewModel.Row::leadUnit));
        table.getColumns().add(column("ui.tasks.col.deadline", 190, TaskListViewModel.Row::deadline));
        table.getColumns().add(column("ui.tasks.col.status", 110, TaskListViewModel.Row::status));

        Label count = new Label();
        count.setId("taskCount");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.get("ui.tasks.count", vm.rows().size()), vm.rows()));
        BorderPane.setMargin(count, new Insets(6, 0, 0, 0));

        setTop(heading);
        setCenter(table);
        setBottom(count);
        setPadding(new Insets(14));
    }

    private static TableColumn<TaskListViewModel.Row, String> column(String key, double width,
                                                                    Function<TaskListViewModel.Row, String> value) {
        TableColumn<TaskListViewModel.Row, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
