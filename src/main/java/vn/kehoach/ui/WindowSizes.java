package vn.kehoach.ui;

import javafx.geometry.Rectangle2D;

/** The size a new window opens at: the size it wants, never larger than the screen it opens on. */
public final class WindowSizes {
    private WindowSizes() {}

    /** {@code width}×{@code height}, shrunk to the primary screen's visible area (without the task bar). */
    public static double[] fit(double width, double height) {
        return fit(width, height, javafx.stage.Screen.getPrimary().getVisualBounds());
    }

    /**
     * A window to read in (the print preview): most of a large screen, at least {@code width}×{@code height},
     * never larger than the screen.
     */
    public static double[] large(double width, double height) {
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        return fit(Math.max(width, screen.getWidth() * 0.85), Math.max(height, screen.getHeight() * 0.9), screen);
    }

    static double[] fit(double width, double height, Rectangle2D screen) {
        // a little room for the window's title bar and frame
        return new double[] {Math.min(width, screen.getWidth()), Math.min(height, screen.getHeight() - 32)};
    }
}
