package vn.kehoach.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;

/**
 * The one global error handler: logs the stack trace once and shows the person a Vietnamese
 * message, with the technical details only in the collapsed "Chi tiết" part.
 */
public final class ErrorDialog implements ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialog.class);
    private Window owner;

    /** Installs this handler for every thread (the JavaFX thread included). */
    public void installAsDefault() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> report(error));
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The message a person reads for {@code error}: its own for a {@link UserError}, a general one otherwise. */
    public static String messageFor(Throwable error) {
        Throwable t = error;
        for (int guard = 0; t != null && guard < 20; guard++, t = t.getCause()) {
            if (t instanceof UserError u) {
                return u.getLocalizedMessage();
            }
        }
        return Messages.get("ui.error.unexpected");
    }

    @Override
    public void report(Throwable error) {
        if (error instanceof UserError) {
            LOG.warn("{}", error.getLocalizedMessage(), error);
        } else {
            LOG.error("Unexpected error", error);
        }
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            try {
                Platform.runLater(() -> show(error));
            } catch (IllegalStateException toolkitGone) {
                // the window is closed: the log has it
            }
        }
    }

    private void show(Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(Messages.get("ui.error.title"));
        alert.setHeaderText(null);
        alert.setContentText(messageFor(error));
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        TextArea details = new TextArea(trace.toString());
        details.setId("errorDetails");
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }
}
