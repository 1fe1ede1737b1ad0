package vn.kehoach.ui;

import javafx.scene.Node;

/** A built screen and what to do each time it is shown (usually: read its data again). */
public record ScreenPane(Node node, Runnable onShow) {}
