package vn.kehoach.ui;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kehoach.domain.Messages;

/**
 * The one question every editor asks before its edits would be lost: Lưu / Không lưu / Hủy.
 * "Lưu" is the default (Enter keeps the work); Esc or closing the dialog means "Hủy".
 */
public final class UnsavedChangesDialog {
    public enum Answer { SAVE, DISCARD, CANCEL }

    private UnsavedChangesDialog() {}

    public static Answer ask(Window owner, String what) {
        ButtonType save = new ButtonType(Messages.get("ui.window.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("ui.window.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("ui.button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("ui.window.unsaved.message", what),
                save, discard, cancel);
        alert.setTitle(Messages.get("ui.window.unsaved.title"));
        alert.setHeaderText(null);
        alert.getDialogPane().setId("unsavedChangesDialog");
        ((Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        ((Button) alert.getDialogPane().lookupButton(discard)).setId("unsavedDiscard");
        ((Button) alert.getDialogPane().lookupButton(save)).setId("unsavedSave");
        ((Button) alert.getDialogPane().lookupButton(cancel)).setId("unsavedCancel");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Answer.SAVE : chosen == discard ? Answer.DISCARD : Answer.CANCEL;
    }

    /**
     * Runs {@code proceed} once the edits are safe: at once when nothing is unsaved; else after asking —
     * after a successful save ({@code save} calls back when stored), or straight away when discarded.
     * "Hủy" does nothing.
     */
    public static void thenProceed(Window owner, String what, EditTracker edits, Consumer<Runnable> save,
                                   Runnable proceed) {
        if (!edits.isDirty()) {
            proceed.run();
            return;
        }
        switch (ask(owner, what)) {
            case SAVE -> save.accept(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }
}
