package vn.kehoach.ui.directory;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.ui.BodyPicker;
import vn.kehoach.ui.BodyPickerModel;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.RecentBodies;

/**
 * Asks for what the directory needs of a body a plan names only as text: its full and short name
 * (the text as the plan prints it is offered, to correct), level, kind and parent. The body is not
 * stored here; the caller stores it (off the UI thread) and links the plan to it.
 */
public final class NewBodyDialog {
    private NewBodyDialog() {}

    public static Optional<Organization> ask(Window owner, String name, java.util.List<Organization> bodies,
                                             RecentBodies recent) {
        Dialog<Organization> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("ui.newBody.title"));
        dialog.setHeaderText(Messages.get("ui.newBody.header", name));
        dialog.getDialogPane().setId("newBodyDialog");
        TextField fullName = new TextField(name);
        fullName.setId("newBodyFullName");
        fullName.setPrefColumnCount(36);
        TextField shortName = new TextField();
        shortName.setId("newBodyShortName");
        ComboBox<Level> level = Controls.comboBox("newBodyLevel", DirectoryViewModel::levelText, "");
        level.getItems().setAll(Level.values());
        ComboBox<OrganizationKind> kind = Controls.comboBox("newBodyKind", DirectoryViewModel::kindText, "");
        kind.getItems().setAll(OrganizationKind.values());
        BodyPickerModel parentModel = new BodyPickerModel(recent);
        parentModel.setBodies(bodies);
        BodyPicker parent = new BodyPicker("newBodyParent", parentModel);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("ui.directory.field.fullName"), fullName);
        grid.addRow(row++, label("ui.directory.field.shortName"), shortName);
        grid.addRow(row++, label("ui.directory.field.level"), level);
        grid.addRow(row++, label("ui.directory.field.kind"), kind);
        grid.addRow(row, label("ui.directory.field.parent"), parent);
        dialog.getDialogPane().setContent(grid);

        ButtonType add = new ButtonType(Messages.get("ui.newBody.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(add, cancel);
        dialog.getDialogPane().lookupButton(add).setId("newBodyAdd");
        // the directory needs both names and a level; the form says so by keeping "Thêm" off until then
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(Bindings.createBooleanBinding(
                () -> fullName.getText().isBlank() || shortName.getText().isBlank() || level.getValue() == null,
                fullName.textProperty(), shortName.textProperty(), level.valueProperty()));
        dialog.setResultConverter(b -> b != add ? null : Organization.of(fullName.getText(), shortName.getText(),
                level.getValue(), kind.getValue() == null ? OrganizationKind.OTHER : kind.getValue(),
                parentModel.valueProperty().get() == null ? null : parentModel.valueProperty().get().id()));
        javafx.application.Platform.runLater(shortName::requestFocus);
        return dialog.showAndWait();
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }
}
