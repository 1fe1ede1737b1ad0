package vn.kehoach.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.DatabaseFile;

/**
 * The window's database, opened on a thread of its own from the moment the process knows it will
 * show the window, while JavaFX starts: the two overlap instead of following each other. Only an
 * existing file is opened early; a first start, which asks how to begin, goes the usual way.
 */
public final class EarlyOpen {
    private static volatile EarlyOpen pending;

    private final DataLocation target;
    private final CompletableFuture<AppContext> opened = new CompletableFuture<>();

    private EarlyOpen(DataLocation target) {
        this.target = target;
    }

    /** Starts opening the database the window will show ({@code --db} or the remembered one). */
    public static void start(AppHome home, String commandLineDb) {
        DataLocation target;
        try {
            target = home.database(commandLineDb);
        } catch (RuntimeException e) {
            return; // the window says what is wrong with it, as it always has
        }
        if (!(target instanceof DatabaseFile f) || !f.exists()) {
            return;
        }
        EarlyOpen early = new EarlyOpen(target);
        pending = early;
        Thread t = new Thread(() -> {
            try {
                early.opened.complete(AppContext.open(home, target, false, false));
            } catch (Throwable e) {
                early.opened.completeExceptionally(e);
            }
        }, "early-open");
        t.setDaemon(true);
        t.start();
    }

    /**
     * The database being opened early, if it is {@code target}; taken once. Waits for it (call off
     * the UI thread); its failure is thrown as opening would have thrown it.
     */
    public static Optional<AppContext> take(DataLocation target) {
        EarlyOpen early = pending;
        pending = null;
        if (early == null) {
            return Optional.empty();
        }
        if (!early.target.equals(target)) {
            // the window chose another database after all: this one is closed, not left held
            early.opened.thenAccept(AppContext::close).exceptionally(e -> null).join();
            return Optional.empty();
        }
        try {
            return Optional.of(early.opened.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
