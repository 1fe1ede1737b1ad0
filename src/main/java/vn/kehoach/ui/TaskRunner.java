package vn.kehoach.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.concurrent.Task;

/**
 * Runs work off the UI thread. The window uses {@link BackgroundTaskRunner}; tests use a runner
 * that calls the task on the calling thread, so a test sees the result at once.
 */
public interface TaskRunner {
    /** Starts the task; its handlers run on the JavaFX thread. */
    <T> void run(Task<T> task);

    /** How many tasks are running now (for the status bar). Read on the JavaFX thread. */
    ReadOnlyIntegerProperty runningProperty();

    /** Stops accepting work; running tasks may finish. */
    void shutdown();

    /**
     * This runner as a plain {@link java.util.concurrent.Executor}, for views that hand it
     * {@link Task}s (a {@code Task} is a {@code Runnable}); other work is wrapped in one.
     */
    default java.util.concurrent.Executor asExecutor() {
        return command -> {
            if (command instanceof Task<?> task) {
                run(task);
            } else {
                run(new Task<Void>() {
                    @Override
                    protected Void call() {
                        command.run();
                        return null;
                    }
                });
            }
        };
    }

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the JavaFX thread. */
    default <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> onFailure.accept(task.getException()));
        run(task);
    }
}
