package vn.kehoach.ui.builder;

/** Runs the save a few seconds after the last edit; each edit restarts the wait. */
public interface AutosaveTimer {
    void restart(Runnable save);

    void cancel();

    /** A timer that never fires by itself (tests call save when they want). */
    static AutosaveTimer manual() {
        return new AutosaveTimer() {
            @Override
            public void restart(Runnable save) {
                // the test saves explicitly
            }

            @Override
            public void cancel() {
                // nothing waits
            }
        };
    }
}
