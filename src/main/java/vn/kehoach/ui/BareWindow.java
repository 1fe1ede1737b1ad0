package vn.kehoach.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of {@code bench-startup --baseline}: the least a JavaFX window costs on the machine — a
 * window with one label, in the same runtime with the same options and archive — timed from the
 * launch to its first pulse, as the app's first window is. Writes "ms resident-kB" to
 * {@code -Dkehoach.bench.startupFile} and exits.
 */
public final class BareWindow extends Application {
    /** Started by {@code Main --bench-bare-window} so that the class path and archive are the app's own. */
    public static void launchBench() {
        Application.launch(BareWindow.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Kế hoạch"), 1280, 800));
        stage.show();
        Platform.runLater(() -> {
            long ms = StartupTiming.sinceLaunch();
            try {
                Files.writeString(Path.of(System.getProperty("kehoach.bench.startupFile")),
                        ms + " " + StartupTiming.residentKb("VmRSS"), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Platform.exit();
        });
    }
}
