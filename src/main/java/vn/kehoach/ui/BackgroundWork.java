package vn.kehoach.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;

/**
 * How a view-model runs work off the UI thread: while it runs, {@code busy} is true; a
 * {@link UserError} shows its Vietnamese message, anything else a general one, and goes to the log.
 */
public final class BackgroundWork {
    private final Executor executor;
    private final BooleanProperty busy;
    private final StringProperty message;

    public BackgroundWork(Executor executor, BooleanProperty busy, StringProperty message) {
        this.executor = executor;
        this.busy = busy;
        this.message = message;
    }

    /** Runs {@code work} off the UI thread; on success clears the message and hands the result to {@code done}. */
    public <T> void run(Callable<T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        busy.set(true);
        task.setOnSucceeded(e -> {
            busy.set(false);
            message.set("");
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busy.set(false);
            Throwable ex = task.getException();
            message.set(ex instanceof UserError ? ex.getMessage() : Messages.get("ui.background.failed"));
            LoggerFactory.getLogger(BackgroundWork.class).error("Background work failed", ex);
        });
        executor.execute(task);
    }
}
