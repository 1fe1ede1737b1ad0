package vn.kehoach.ui;

import java.util.function.Consumer;

/**
 * Keeps only the answer to the newest request: when a search or reload is started again before
 * the previous one came back, the earlier answer is stale and is dropped, so a slow old result
 * never overwrites a newer one. One per kind of request in a view-model; used on the JavaFX thread.
 */
public final class LatestRequest {
    private long latest;

    /** Starts a request; the returned handler passes its result to {@code done} only while no newer one was started. */
    public <T> Consumer<T> start(Consumer<T> done) {
        long request = ++latest;
        return result -> {
            if (request == latest) {
                done.accept(result);
            }
        };
    }
}
