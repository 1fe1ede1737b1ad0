package vn.kehoach.ui.settings;

import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.BackupService;
import vn.kehoach.ui.Controls;
import vn.kehoach.ui.Formats;

/** The Settings screen: the database in use, choosing another (a file or a server), and backups. */
public final class SettingsView extends VBox {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        super(10);
        this.vm = vm;
        getStyleClass().add("screen");
        setPadding(new Insets(14));

        Label heading = new Label(Messages.get("ui.nav.settings"));
        heading.getStyleClass().add("screen-title");

        Label dbTitle = new Label(Messages.get("ui.settings.database"));
        dbTitle.getStyleClass().add("section-title");
        Label path = new Label(vm.databasePath());
        path.setId("settingsDatabasePath");
        path.getStyleClass().add("path");
        path.setWrapText(true);
        Button chooseFile = new Button(Messages.get("ui.settings.chooseFile"));
        chooseFile.setId("settingsChooseFile");
        chooseFile.setOnAction(e -> chooseFile());
        Button chooseFolder = new Button(Messages.get("ui.settings.chooseFolder"));
        chooseFolder.setId("settingsChooseFolder");
        chooseFolder.setOnAction(e -> chooseFolder());
        Label hint = new Label(Messages.get("ui.settings.databaseHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);

        Label serverTitle = new Label(Messages.get("ui.settings.server"));
        serverTitle.getStyleClass().add("section-title");
        TextField address = new TextField();
        address.setId("settingsServerAddress");
        address.setPromptText(Messages.get("ui.settings.serverAddressPrompt"));
        address.textProperty().bindBidirectional(vm.serverAddressProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        TextField user = new TextField();
        user.setId("settingsServerUser");
        user.setPromptText(Messages.get("ui.settings.serverUser"));
        user.textProperty().bindBidirectional(vm.serverUserProperty());
        PasswordField password = new PasswordField();
        password.setId("settingsServerPassword");
        password.setPromptText(Messages.get("ui.settings.serverPassword"));
        password.textProperty().bindBidirectional(vm.serverPasswordProperty());
        Button connect = new Button(Messages.get("ui.settings.serverConnect"));
        connect.setId("settingsServerConnect");
        connect.setOnAction(e -> vm.connectServer());
        HBox server = new HBox(8, address, user, password, connect);
        server.setAlignment(Pos.CENTER_LEFT);
        Label serverHint = new Label(Messages.get("ui.settings.serverHint"));
        serverHint.getStyleClass().add("hint");
        serverHint.setWrapText(true);
        serverHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // two lines on a narrow window, not "…"

        Label backupTitle = new Label(Messages.get("ui.settings.backups"));
        backupTitle.getStyleClass().add("section-title");
        TableView<BackupService.Backup> table = new TableView<>(vm.backups());
        table.setId("settingsBackups");
        table.setPlaceholder(new Label(Messages.get("ui.settings.noBackups")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BackupService.Backup, String> time = new TableColumn<>(Messages.get("ui.settings.col.time"));
        time.setPrefWidth(170);
        time.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.timeAndDate(c.getValue().takenAt())));
        TableColumn<BackupService.Backup, String> size = new TableColumn<>(Messages.get("ui.settings.col.size"));
        size.setPrefWidth(110);
        size.setCellValueFactory(c -> new ReadOnlyStringWrapper(Formats.size(c.getValue().size())));
        TableColumn<BackupService.Backup, String> file = new TableColumn<>(Messages.get("ui.settings.col.file"));
        file.setPrefWidth(420);
        file.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().file().getFileName().toString()));
        table.getColumns().add(time);
        table.getColumns().add(size);
        table.getColumns().add(file);
        VBox.setVgrow(table, Priority.ALWAYS);

        Button backupNow = new Button(Messages.get("ui.settings.backupNow"));
        backupNow.setId("settingsBackupNow");
        backupNow.setDisable(vm.isReadOnly());
        backupNow.setOnAction(e -> vm.backupNow());
        Button restore = new Button(Messages.get("ui.settings.restore"));
        restore.setId("settingsRestore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        if (!vm.mayRestore()) {
            restore.disableProperty().unbind();
            restore.setDisable(true);
        }
        restore.setOnAction(e -> confirmRestore(table.getSelectionModel().getSelectedItem()));
        HBox backupButtons = new HBox(8, backupNow, restore);
        backupButtons.setAlignment(Pos.CENTER_LEFT);
        Label backupHint = new Label(vm.backupHint());
        backupHint.setId("settingsBackupHint");
        backupHint.getStyleClass().add("hint");
        backupHint.setWrapText(true);

        Label info = Controls.message("settingsInfo", "form-info");
        info.textProperty().bind(vm.infoProperty());
        Label error = Controls.message("settingsError", "form-error");
        error.textProperty().bind(vm.errorProperty());

        getChildren().addAll(heading, dbTitle, path, new HBox(8, chooseFile, chooseFolder), hint, serverTitle, server,
                serverHint, backupTitle, backupHint, table, backupButtons, info, error);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("ui.settings.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.file.database"), "*.mv.db"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.open(f.toPath(), false);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Messages.get("ui.settings.chooseFolder"));
        File f = chooser.showDialog(window());
        if (f == null) {
            return;
        }
        if (vm.canOpenWithoutCreating(f.toPath())) {
            vm.open(f.toPath(), false);
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.settings.createHere", f.toString()),
                new ButtonType(Messages.get("ui.settings.create"), ButtonBar.ButtonData.OK_DONE),
                new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        ask.initOwner(window());
        ask.setHeaderText(null);
        ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.open(f.toPath(), true));
    }

    private void confirmRestore(BackupService.Backup backup) {
        if (backup == null) {
            return;
        }
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                Messages.get("ui.settings.restoreConfirm", Formats.timeAndDate(backup.takenAt())),
                new ButtonType(Messages.get("ui.settings.restoreOk"), ButtonBar.ButtonData.OK_DONE), cancel);
        ask.getDialogPane().setId("restoreConfirmDialog");
        vn.kehoach.ui.Controls.defaultButton(ask.getDialogPane(), cancel);
        ask.initOwner(window());
        ask.setHeaderText(null);
        ask.setTitle(Messages.get("ui.settings.restore"));
        ask.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .ifPresent(b -> vm.restore(backup));
    }
}
