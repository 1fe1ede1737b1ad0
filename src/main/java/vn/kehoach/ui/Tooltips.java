package vn.kehoach.ui;

import java.util.MissingResourceException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import vn.kehoach.domain.Messages;

/**
 * Gives every button of a screen the tooltip the bundle holds for its id ({@code ui.window.tip.<id>}): one
 * place for what a button does, instead of a line of code beside each button. Walks into scroll panes,
 * split panes, tabs and tool bars, whose content is not among their children before they are shown.
 */
public final class Tooltips {
    private static final String PREFIX = "ui.window.tip.";

    private Tooltips() {}

    public static void install(Node node) {
        if (node instanceof ButtonBase b && b.getId() != null && b.getTooltip() == null) {
            text(b.getId()).ifPresent(t -> b.setTooltip(new Tooltip(t)));
        }
        if (node instanceof ScrollPane s && s.getContent() != null) {
            install(s.getContent());
        } else if (node instanceof SplitPane s) {
            s.getItems().forEach(Tooltips::install);
        } else if (node instanceof TabPane t) {
            t.getTabs().stream().map(Tab::getContent).filter(java.util.Objects::nonNull).forEach(Tooltips::install);
        } else if (node instanceof TitledPane t && t.getContent() != null) {
            install(t.getContent());
        } else if (node instanceof ToolBar t) {
            t.getItems().forEach(Tooltips::install);
        } else if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(Tooltips::install);
        }
    }

    private static java.util.Optional<String> text(String id) {
        try {
            return java.util.Optional.of(Messages.bundle().getString(PREFIX + id));
        } catch (MissingResourceException e) {
            return java.util.Optional.empty();
        }
    }
}
