package vn.kehoach.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the time from JVM start to the main window. Logged always; the start-up benchmark
 * sets {@code -Dkehoach.bench.startupFile=FILE} to have it written there and the app closed.
 */
final class StartupTiming {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);
    private boolean reported;

    /** Call when the main window's content is set; reports once, after the next pulse. */
    void mainWindowShown() {
        if (reported) {
            return;
        }
        reported = true;
        Platform.runLater(() -> {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            LOG.info("Main window shown {} ms after the JVM started", ms);
            String file = System.getProperty("kehoach.bench.startupFile");
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), Long.toString(ms), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    LOG.warn("Cannot write {}", file, e);
                }
                Platform.exit();
            }
        });
    }
}
