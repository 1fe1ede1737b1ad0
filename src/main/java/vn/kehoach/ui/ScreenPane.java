package vn.kehoach.ui;

import java.util.function.Consumer;
import javafx.scene.Node;

/**
 * A built screen, what to do each time it is shown (usually: read its data again), what must
 * happen before the window closes — {@code beforeClose} runs its argument once the screen's unsaved
 * edits are safe (saved, or let go by the person), or never when the person cancels — and how it
 * reads its data again on request (F5, to see what other workstations changed).
 */
public record ScreenPane(Node node, Runnable onShow, Consumer<Runnable> beforeClose, Runnable reload) {
    /** A screen without edits of its own to lose; showing it reads its data again. */
    public ScreenPane(Node node, Runnable onShow) {
        this(node, onShow, Runnable::run, onShow);
    }

    /** A screen with edits to keep, whose data is read again when shown. */
    public ScreenPane(Node node, Runnable onShow, Consumer<Runnable> beforeClose) {
        this(node, onShow, beforeClose, onShow);
    }

    /** Reads the data again, once the screen's unsaved edits are safe. */
    public void refresh() {
        beforeClose.accept(reload);
    }
}
