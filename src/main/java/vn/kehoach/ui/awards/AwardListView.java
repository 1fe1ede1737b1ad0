package vn.kehoach.ui.awards;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;

/** The Awards screen: movements, then award forms. */
public final class AwardListView extends VBox {
    public AwardListView(AwardListViewModel vm) {
        super(8);
        getStyleClass().add("screen");
        setPadding(new Insets(14));
        Label heading = new Label(Messages.get("ui.nav.awards"));
        heading.getStyleClass().add("screen-title");

        TableView<AwardListViewModel.MovementRow> movements = table("awardMovementTable", vm.movements(),
                "ui.awards.movements.empty");
        movements.getColumns().add(column("ui.awards.col.movement", 460, AwardListViewModel.MovementRow::name));
        movements.getColumns().add(column("ui.awards.col.years", 110, AwardListViewModel.MovementRow::years));
        movements.getColumns().add(column("ui.awards.col.agency", 180, AwardListViewModel.MovementRow::standingAgency));
        movements.getColumns().add(column("ui.awards.col.quotas", 110, AwardListViewModel.MovementRow::quotaRules));

        TableView<AwardListViewModel.FormRow> forms = table("awardFormTable", vm.forms(), "ui.awards.forms.empty");
        forms.getColumns().add(column("ui.awards.col.form", 320, AwardListViewModel.FormRow::name));
        forms.getColumns().add(column("ui.awards.col.level", 100, AwardListViewModel.FormRow::level));
        forms.getColumns().add(column("ui.awards.col.giver", 200, AwardListViewModel.FormRow::giver));
        forms.getColumns().add(column("ui.awards.col.individual", 120, AwardListViewModel.FormRow::individual));
        forms.getColumns().add(column("ui.awards.col.collective", 120, AwardListViewModel.FormRow::collective));
        forms.getColumns().add(column("ui.awards.col.validity", 150, AwardListViewModel.FormRow::validity));

        Label mLabel = new Label(Messages.get("ui.awards.movements"));
        mLabel.getStyleClass().add("section-title");
        Label fLabel = new Label(Messages.get("ui.awards.forms"));
        fLabel.getStyleClass().add("section-title");
        // an office has a few movements and many award forms: the forms get the height
        movements.setPrefHeight(150);
        movements.setMinHeight(110);
        VBox.setVgrow(forms, Priority.ALWAYS);
        getChildren().addAll(heading, mLabel, movements, fLabel, forms);
    }

    private static <R> TableView<R> table(String id, ObservableList<R> items, String emptyKey) {
        TableView<R> t = new TableView<>(items);
        t.setId(id);
        t.setPlaceholder(new Label(Messages.get(emptyKey)));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return t;
    }

    private static <R> TableColumn<R, String> column(String key, double width, Function<R, String> value) {
        TableColumn<R, String> c = new TableColumn<>(Messages.get(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }
}
