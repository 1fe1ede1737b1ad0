package vn.kehoach.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;

/** Runs every task at once on the calling thread (the JavaFX thread in tests): results are there when run() returns. */
public final class SameThreadTaskRunner implements TaskRunner {
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    @Override
    public <T> void run(Task<T> task) {
        task.run();
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
