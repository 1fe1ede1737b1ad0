package vn.kehoach.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
import javafx.event.EventHandler;

/** The window's task runner: a small pool of daemon threads, so a forgotten task never keeps the JVM alive. */
public final class BackgroundTaskRunner implements TaskRunner {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BackgroundTaskRunner.class);
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running", 0);

    public BackgroundTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemons = r -> {
            Thread t = new Thread(r, "kehoach-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        pool = Executors.newFixedThreadPool(2, daemons);
    }

    @Override
    public <T> void run(Task<T> task) {
        if (pool.isShutdown()) {
            // the application is ending: nothing may start any more (the database is closing)
            LOG.warn("Work after shutdown not started: {}", task);
            return;
        }
        running.set(running.get() + 1);
        EventHandler<WorkerStateEvent> done = e -> running.set(Math.max(0, running.get() - 1));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, done);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, done);
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, done);
        pool.execute(task);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void shutdown() {
        pool.shutdown();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
