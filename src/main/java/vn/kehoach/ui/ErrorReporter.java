package vn.kehoach.ui;

/** Where a failure goes when a screen has no better place for it: the global error dialog in the window. */
@FunctionalInterface
public interface ErrorReporter {
    void report(Throwable error);
}
