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
    private long firstWindowMs = -1;

    /** Call when the first window (the opening screen) is shown. */
    void firstWindowShown() {
        if (firstWindowMs < 0) {
            firstWindowMs = sinceJvmStart();
            LOG.info("First window shown {} ms after the JVM started", firstWindowMs);
        }
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * Call when the main window's content is set; reports once, after the next pulse. The bench
     * file gets "first-window-ms main-window-ms".
     */
    void mainWindowShown() {
        if (reported) {
            return;
        }
        reported = true;
        Platform.runLater(() -> {
            long ms = sinceJvmStart();
            LOG.info("Main window shown {} ms after the JVM started", ms);
            String file = System.getProperty("kehoach.bench.startupFile");
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), firstWindowMs + " " + ms, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    LOG.warn("Cannot write {}", file, e);
                }
                Platform.exit();
            }
        });
    }
}
