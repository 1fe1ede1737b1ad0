package vn.kehoach.ui;

import java.awt.GraphicsEnvironment;
import java.awt.SplashScreen;
import javafx.application.Platform;

/**
 * The picture the installed launcher shows before Java has started ({@code -splash}, drawn by
 * src/packaging/Packager.java): it tells the clerk at once that the double click was taken, instead
 * of a second start a second later. Closed once the window has painted.
 */
final class LaunchSplash {
    private LaunchSplash() {}

    /** Call when the first window is shown: closes the picture after the window's first pulse. */
    static void closeWhenPainted() {
        Platform.runLater(() -> {
            // off the UI thread: finding the picture loads AWT's splash library
            Thread t = new Thread(LaunchSplash::close, "launch-splash");
            t.setDaemon(true);
            t.start();
        });
    }

    private static void close() {
        if (GraphicsEnvironment.isHeadless()) {
            return; // tests, and starts without a display: there is no picture
        }
        SplashScreen splash = SplashScreen.getSplashScreen();
        if (splash != null) {
            splash.close();
        }
    }
}
