package vn.kehoach.ui.builder;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/** The window's autosave wait: a pause on the JavaFX thread, restarted by every edit. */
public final class FxAutosaveTimer implements AutosaveTimer {
    private final PauseTransition pause;

    public FxAutosaveTimer(Duration wait) {
        pause = new PauseTransition(wait);
    }

    @Override
    public void restart(Runnable save) {
        pause.setOnFinished(e -> save.run());
        pause.playFromStart();
    }

    @Override
    public void cancel() {
        pause.stop();
    }
}
