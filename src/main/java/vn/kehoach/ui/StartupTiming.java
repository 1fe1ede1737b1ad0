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
 * Measures the time from launch (see {@link #sinceLaunch()}) to the first window, to the main
 * window's frame and to the main window with its first screen's data. Logged always; the start-up benchmark sets
 * {@code -Dkehoach.bench.startupFile=FILE} to have the three written there and the app closed.
 */
final class StartupTiming {
    private static final Logger LOG = LoggerFactory.getLogger(StartupTiming.class);
    private long firstWindowMs = -1;
    private long mainFrameMs = -1;
    private boolean reported;
    /** What the bench file will hold, once the main window (and the bench's builder) have shown. */
    private String benchLine;

    /** Call when the first window (the opening screen) is shown. */
    void firstWindowShown() {
        if (firstWindowMs < 0) {
            firstWindowMs = sinceLaunch();
            LOG.info("First window shown {} ms after launch", firstWindowMs);
        }
    }

    /** Call when the main window's content is set: measured after the next pulse has laid it out. */
    void mainWindowShown() {
        if (mainFrameMs < 0) {
            mainFrameMs = 0;
            Platform.runLater(() -> mainFrameMs = sinceLaunch());
        }
    }

    /**
     * Call when the first screen's data has arrived; reports once, after the next pulse. The bench
     * file gets "first-window-ms main-frame-ms main-window-with-data-ms resident-kB"; when the bench
     * also asks for a plan in the builder ({@code -Dkehoach.bench.builderPlan=ID}), {@code openBuilder}
     * opens it and {@link #builderShown()} adds "builder-ms resident-kB peak-kB" before the app closes.
     */
    void mainWindowFilled(java.util.function.LongConsumer openBuilder) {
        if (reported) {
            return;
        }
        reported = true;
        Platform.runLater(() -> {
            long ms = sinceLaunch();
            LOG.info("Main window shown {} ms after launch, with its data after {} ms", mainFrameMs, ms);
            if (benchFile() == null) {
                return;
            }
            benchLine = firstWindowMs + " " + mainFrameMs + " " + ms + " " + residentKb("VmRSS");
            Long plan = Long.getLong("kehoach.bench.builderPlan");
            if (plan == null) {
                writeBenchAndExit();
            } else {
                openBuilder.accept(plan);
            }
        });
    }

    /** Call when the builder's window of the bench's plan has been laid out. */
    void builderShown() {
        if (benchLine != null) {
            benchLine += " " + sinceLaunch() + " " + residentKb("VmRSS") + " " + residentKb("VmHWM");
            writeBenchAndExit();
        }
    }

    private void writeBenchAndExit() {
        try {
            Files.writeString(Path.of(benchFile()), benchLine, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot write {}", benchFile(), e);
        }
        Platform.exit();
    }

    private static String benchFile() {
        return System.getProperty("kehoach.bench.startupFile");
    }

    /** A line of Linux's /proc/self/status in kB ({@code VmRSS}: resident now, {@code VmHWM}: its peak); -1 elsewhere. */
    static long residentKb(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("No {} here", field, e);
        }
        return -1;
    }

    /**
     * Milliseconds since the process was launched: from {@code -Dkehoach.bench.launchedAt} (the
     * benchmark's clock when it started the process), else from the JVM's own start time. The JVM
     * records that only once it has mapped its class-data archive, which with a relocated archive of
     * 100 MB is 0.3 s after launch: a figure from it alone would leave that out.
     */
    static long sinceLaunch() {
        Long launchedAt = Long.getLong("kehoach.bench.launchedAt");
        long start = launchedAt != null ? launchedAt : ManagementFactory.getRuntimeMXBean().getStartTime();
        return System.currentTimeMillis() - start;
    }
}
