package vn.kehoach.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The test runner: work submitted through {@link #submit} runs at once on the calling thread (the
 * JavaFX thread in tests) and its handler has run when {@code submit} returns. A raw
 * {@link Task} given to {@link #run} also runs at once, but JavaFX reports its end through
 * {@code Platform.runLater}, so its handlers run with the next pulse.
 */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Task<T> task) {
        task.run();
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T value;
        try {
            value = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(value);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
