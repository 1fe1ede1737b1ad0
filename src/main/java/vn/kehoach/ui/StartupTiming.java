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
 * Measures the time from JVM start to the first window, to the main window's frame and to the main
 * window with its first screen's data. Logged always; the start-up benchmark sets
 * {@code -Dkehoach.bench.startupFile=FILE} to have the three written there and the app closed.
 */
final class StartupTiming {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);
    private long firstWindowMs = -1;
    private long mainFrameMs = -1;
    private boolean reported;

    /** Call when the first window (the opening screen) is shown. */
    void firstWindowShown() {
        if (firstWindowMs < 0) {
            firstWindowMs = sinceJvmStart();
            LOG.info("First window shown {} ms after the JVM started", firstWindowMs);
        }
    }

    /** Call when the main window's content is set: measured after the next pulse has laid it out. */
    void mainWindowShown() {
        if (mainFrameMs < 0) {
            mainFrameMs = 0;
            Platform.runLater(() -> mainFrameMs = sinceJvmStart());
        }
    }

    /**
     * Call when the first screen's data has arrived; reports once, after the next pulse. The bench
     * file gets "first-window-ms main-frame-ms main-window-with-data-ms".
     */
    void mainWindowFilled() {
        if (reported) {
            return;
        }
        reported = true;
        Platform.runLater(() -> {
            long ms = sinceJvmStart();
            LOG.info("Main window shown {} ms after the JVM started, with its data after {} ms", mainFrameMs, ms);
            String file = System.getProperty("kehoach.bench.startupFile");
            if (file != null) {
                try {
                    Files.writeString(Path.of(file), firstWindowMs + " " + mainFrameMs + " " + ms,
                            StandardCharsets.UTF_8);
                } catch (IOException e) {
                    LOG.warn("Cannot write {}", file, e);
                }
                Platform.exit();
            }
        });
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
