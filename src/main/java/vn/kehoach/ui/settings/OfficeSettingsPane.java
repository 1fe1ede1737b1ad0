package vn.kehoach.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;
import vn.kehoach.ui.Controls;

/** Settings of the office: the register's start, removing the sample data. */
public final class OfficeSettingsPane extends VBox {
    public OfficeSettingsPane(OfficeSettingsViewModel vm) {
        super(8);
        Label title = new Label(Messages.get("ui.office.register.title"));
        title.getStyleClass().add("section-title");
        TextField symbol = field("registerSymbol", 10);
        symbol.textProperty().bindBidirectional(vm.symbolProperty());
        TextField year = field("registerYear", 5);
        year.textProperty().bindBidirectional(vm.yearProperty());
        TextField last = field("registerLast", 7);
        last.textProperty().bindBidirectional(vm.lastProperty());
        Button save = new Button(Messages.get("ui.office.register.save"));
        save.setId("registerSave");
        save.setDisable(vm.isReadOnly());
        save.setOnAction(e -> vm.saveRegisterStart());
        HBox row = new HBox(8, new Label(Messages.get("ui.office.register.symbol")), symbol,
                new Label(Messages.get("ui.office.register.year")), year,
                new Label(Messages.get("ui.office.register.last")), last, save);
        row.setAlignment(Pos.CENTER_LEFT);
        Label problem = Controls.message("registerSymbolProblem", "form-error");
        problem.textProperty().bind(vm.symbolProblemProperty());
        Label next = Controls.message("registerNext", "hint");
        next.textProperty().bind(vm.nextProperty());

        Label sampleTitle = new Label(Messages.get("ui.office.sample.title"));
        sampleTitle.getStyleClass().add("section-title");
        Button remove = new Button(Messages.get("ui.office.sample.remove"));
        remove.setId("removeSample");
        remove.disableProperty().bind(vm.hasSampleProperty().not());
        remove.setOnAction(e -> {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.office.sample.confirm"),
                    new ButtonType(Messages.get("ui.office.sample.remove"), ButtonBar.ButtonData.OK_DONE),
                    new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            ask.setHeaderText(null);
            ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                    .ifPresent(b -> vm.removeSample());
        });
        Label info = Controls.message("officeSettingsInfo", "form-info");
        info.textProperty().bind(vm.infoProperty());
        getChildren().addAll(title, row, problem, next, sampleTitle, remove, info);
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }
}
