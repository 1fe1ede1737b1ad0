package vn.kehoach.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;

/**
 * Writes a picture of the showing window to {@code /tmp/kehoach-snapshots/NAME.png} so a person can
 * look at a screen after a headless run — only when asked with {@code -Dkehoach.snapshots=true}.
 * Never fails a test: a missing image module only skips it.
 */
public final class Snapshots {
    private Snapshots() {}

    public static void save(FxRobot robot, String name) {
        if (!Boolean.getBoolean("kehoach.snapshots")) {
            return;
        }
        Window w = robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElse(null);
        if (w != null) {
            save(w.getScene(), name);
        }
    }

    /** As above, of one window's scene (a test with several windows open). */
    public static void save(javafx.scene.Scene scene, String name) {
        if (!Boolean.getBoolean("kehoach.snapshots") || scene == null) {
            return;
        }
        try {
            WritableImage[] image = new WritableImage[1];
            org.testfx.util.WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null)).get();
            Path dir = Path.of(System.getProperty("java.io.tmpdir"), "kehoach-snapshots");
            Files.createDirectories(dir);
            javax.imageio.ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png",
                    dir.resolve(name + ".png").toFile());
        } catch (Exception | LinkageError e) {
            org.slf4j.LoggerFactory.getLogger(Snapshots.class).info("No snapshot {}: {}", name, e.toString());
        }
    }
}
