package vn.kehoach.ui;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.WindowEvent;
import vn.kehoach.domain.Messages;

/**
 * The menu bar of the main window: Tệp, Sửa, Xem, Trợ giúp, each command with its shortcut shown. The
 * screens are reached with Ctrl+1…6, the guide of the shown screen with F1, and F5 reads the shown
 * screen's data again.
 */
final class MainMenu {
    private MainMenu() {}

    static MenuBar build(MainViewModel vm, Node owner, Consumer<String> guide, Runnable refresh) {
        MenuItem settings = item("menuSettings", "ui.window.menu.settings", shortcut(KeyCode.COMMA),
                () -> vm.screenProperty().set(Screen.SETTINGS));
        MenuItem exit = item("menuExit", "ui.window.menu.exit", shortcut(KeyCode.Q), () -> {
            var window = owner.getScene().getWindow();
            window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        Menu file = menu("menuFile", "ui.window.menu.file", settings, new SeparatorMenuItem(), exit);

        Menu edit = menu("menuEdit", "ui.window.menu.edit",
                item("menuCut", "ui.window.menu.cut", shortcut(KeyCode.X), () -> text(owner, TextInputControl::cut)),
                item("menuCopy", "ui.window.menu.copy", shortcut(KeyCode.C), () -> text(owner, TextInputControl::copy)),
                item("menuPaste", "ui.window.menu.paste", shortcut(KeyCode.V), () -> text(owner, TextInputControl::paste)),
                new SeparatorMenuItem(),
                item("menuFind", "ui.window.menu.find", shortcut(KeyCode.F), () -> find(owner)));

        Menu view = menu("menuView", "ui.window.menu.view",
                item("menuRefresh", "ui.window.menu.refresh", new KeyCodeCombination(KeyCode.F5), refresh),
                new SeparatorMenuItem());
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (Screen s : Screen.values()) {
            KeyCombination key = s.ordinal() < digits.length ? shortcut(digits[s.ordinal()]) : null;
            view.getItems().add(item("menuView" + s.name(), s.labelKey(), key, () -> vm.screenProperty().set(s)));
        }

        Menu help = menu("menuHelp", "ui.window.menu.help",
                item("menuGuide", "ui.window.menu.guide", new KeyCodeCombination(KeyCode.F1),
                        () -> guide.accept(vm.screenProperty().get().helpPage())),
                item("menuKeys", "ui.window.menu.keys", null, () -> guide.accept("keys")));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setId("mainMenu");
        return bar;
    }

    /** The same menus by their titles only, for the frame shown while the database opens. */
    static MenuBar titlesOnly() {
        return new MenuBar(menu("menuFile", "ui.window.menu.file"), menu("menuEdit", "ui.window.menu.edit"),
                menu("menuView", "ui.window.menu.view"), menu("menuHelp", "ui.window.menu.help"));
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static Menu menu(String id, String key, MenuItem... items) {
        Menu m = new Menu(Messages.get(key), null, items);
        m.setId(id);
        return m;
    }

    private static MenuItem item(String id, String key, KeyCombination accelerator, Runnable action) {
        MenuItem i = new MenuItem(Messages.get(key));
        i.setId(id);
        i.setAccelerator(accelerator);
        i.setOnAction(e -> action.run());
        return i;
    }

    /** Cut, copy or paste in the text box being typed in, if any. */
    private static void text(Node owner, Consumer<TextInputControl> action) {
        Scene scene = owner.getScene();
        if (scene != null && scene.getFocusOwner() instanceof TextInputControl t) {
            action.accept(t);
        }
    }

    /** Puts the cursor in the search box of the shown screen (a field with the style class "search-box"). */
    private static void find(Node owner) {
        owner.lookupAll(".search-box").stream().filter(Node::isVisible).filter(n -> n.getScene() != null)
                .findFirst().ifPresent(Node::requestFocus);
    }
}
