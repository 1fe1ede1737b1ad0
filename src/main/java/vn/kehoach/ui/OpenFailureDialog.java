package vn.kehoach.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.DatabaseDamagedException;
import vn.kehoach.store.DatabaseLockedException;

/** Asks the person what to do when the database cannot be opened. Shows only the Vietnamese message. */
final class OpenFailureDialog {
    enum Choice { RETRY, READ_ONLY_COPY, RESTORE_LATEST, CHOOSE_FILE, CHOOSE_FOLDER, EXIT }

    private OpenFailureDialog() {}

    static Choice ask(Window owner, Throwable error) {
        ButtonType exit = new ButtonType(Messages.get("ui.start.exit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert;
        ButtonType retry = null;
        ButtonType copy = null;
        ButtonType file = null;
        ButtonType folder = null;
        ButtonType restore = null;
        if (error instanceof DatabaseDamagedException) {
            restore = new ButtonType(Messages.get("ui.start.restoreLatest"), ButtonBar.ButtonData.OTHER);
            file = new ButtonType(Messages.get("ui.start.chooseFile"), ButtonBar.ButtonData.OTHER);
            alert = new Alert(Alert.AlertType.ERROR, ErrorDialog.messageFor(error), restore, file, exit);
            alert.setTitle(Messages.get("ui.start.damagedTitle"));
        } else if (error instanceof DatabaseLockedException) {
            retry = new ButtonType(Messages.get("ui.start.retry"), ButtonBar.ButtonData.OK_DONE);
            copy = new ButtonType(Messages.get("ui.start.readOnlyCopy"), ButtonBar.ButtonData.OTHER);
            alert = new Alert(Alert.AlertType.WARNING, ErrorDialog.messageFor(error), retry, copy, exit);
            alert.setTitle(Messages.get("ui.start.lockedTitle"));
        } else {
            file = new ButtonType(Messages.get("ui.start.chooseFile"), ButtonBar.ButtonData.OK_DONE);
            folder = new ButtonType(Messages.get("ui.start.chooseFolder"), ButtonBar.ButtonData.OTHER);
            alert = new Alert(Alert.AlertType.ERROR, ErrorDialog.messageFor(error), file, folder, exit);
            alert.setTitle(Messages.get("ui.start.failedTitle"));
        }
        alert.setHeaderText(null);
        alert.getDialogPane().setId("openFailureDialog");
        if (restore != null) {
            Controls.defaultButton(alert.getDialogPane(), exit); // restoring replaces the file: never on a hasty Enter
        }
        alert.getDialogPane().setMinWidth(560);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        ButtonType chosen = alert.showAndWait().orElse(exit);
        if (chosen == retry) {
            return Choice.RETRY;
        }
        if (chosen == restore) {
            return Choice.RESTORE_LATEST;
        }
        if (chosen == copy) {
            return Choice.READ_ONLY_COPY;
        }
        if (chosen == file) {
            return Choice.CHOOSE_FILE;
        }
        if (chosen == folder) {
            return Choice.CHOOSE_FOLDER;
        }
        return Choice.EXIT;
    }

    static void inform(Window owner, Alert.AlertType type, String message) {
        Alert alert = new Alert(type, message, new ButtonType(Messages.get("ui.button.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setHeaderText(null);
        alert.setTitle(Messages.get("app.title"));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.showAndWait();
    }
}
