package vn.kehoach.ui;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * A built screen, what to do each time it is shown (usually: read its data again), and what must
 * happen before the window closes: {@code beforeClose} runs its argument once the screen's unsaved
 * edits are safe (saved, or let go by the person), or never when the person cancels.
 */
public record ScreenPane(Node node, Runnable onShow, Consumer<Runnable> beforeClose) {
    /** A screen without edits of its own to lose. */
    public ScreenPane(Node node, Runnable onShow) {
        this(node, onShow, Runnable::run);
    }
}
