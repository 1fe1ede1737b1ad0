package vn.kehoach.ui.directory;

import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.ui.Controls;

/** Offered when a body in use cannot be deleted: mark it dissolved, or merged into another, from a date. */
public final class EndOrganizationDialog extends Dialog<EndOrganizationDialog.Result> {
    /** The day it ends, and the body it was merged into (null: dissolved). */
    public record Result(LocalDate until, Organization mergedInto) {}

    public EndOrganizationDialog(DirectoryViewModel.DeleteRefusal refusal, List<Organization> others) {
        setTitle(Messages.get("ui.directory.end.title"));
        setHeaderText(Messages.get("ui.directory.end.header", refusal.organization().fullName()));
        getDialogPane().setId("endDialog");

        Label uses = new Label(refusal.message());
        uses.setId("endUses");
        uses.setWrapText(true);
        uses.setMaxWidth(520);

        DatePicker date = Controls.datePicker("endDate");
        date.setValue(LocalDate.now());
        ComboBox<Organization> merged = Controls.comboBox("endMergedInto", Organization::fullName,
                Messages.get("ui.directory.end.noMerge"));
        merged.getItems().add(null);
        merged.getItems().addAll(others);
        merged.setValue(null);
        merged.setMaxWidth(Double.MAX_VALUE);

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("ui.directory.end.date")), date);
        grid.addRow(1, new Label(Messages.get("ui.directory.end.mergedInto")), merged);

        VBox content = new VBox(12, uses, grid);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);

        ButtonType ok = new ButtonType(Messages.get("ui.directory.end.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(ok, cancel);
        getDialogPane().lookupButton(ok).setId("endOk");
        getDialogPane().lookupButton(ok).disableProperty().bind(date.valueProperty().isNull());
        setResultConverter(b -> b == ok ? new Result(date.getValue(), merged.getValue()) : null);
    }
}
