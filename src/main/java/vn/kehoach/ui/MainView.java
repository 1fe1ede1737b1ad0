package vn.kehoach.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kehoach.domain.Messages;

/** The main window's content: banner, navigation on the left, the screen on the right, status bar. */
public final class MainView extends BorderPane {
    private final Map<Screen, ScreenPane> built = new EnumMap<>(Screen.class);
    private final Function<Screen, ScreenPane> factory;
    private final StackPane content = new StackPane();
    private Screen shown;

    /**
     * @param guide opens the in-app guide at a page (F1, the Trợ giúp menu)
     */
    public MainView(MainViewModel vm, Function<Screen, ScreenPane> factory, java.util.function.Consumer<String> guide) {
        this.factory = factory;
        getStyleClass().add("main");

        VBox top = new VBox(MainMenu.build(vm, this, guide, this::refresh));
        if (!vm.banner().isEmpty()) {
            Label banner = new Label(vm.banner());
            banner.setId("readOnlyBanner");
            banner.getStyleClass().add("read-only-banner");
            banner.setMaxWidth(Double.MAX_VALUE);
            top.getChildren().add(banner);
        }
        setTop(top);

        ToggleGroup group = new ToggleGroup();
        VBox nav = navigation(group, vm.screenProperty().get());
        // a screen chosen from the menu or by Ctrl+1…6 lights its button too
        vm.screenProperty().addListener((o, a, s) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == s).findFirst().ifPresent(t -> t.setSelected(true)));
        group.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one screen is always selected
            } else {
                vm.screenProperty().set((Screen) t.getUserData());
            }
        });
        setLeft(nav);

        content.getStyleClass().add("content");
        setCenter(content);
        vm.screenProperty().addListener((o, a, s) -> show(s));
        show(vm.screenProperty().get());

        Label path = new Label(vm.databasePath());
        path.setId("statusDatabase");
        Label readOnly = new Label(Messages.get("ui.status.readOnly"));
        readOnly.setId("statusReadOnly");
        readOnly.getStyleClass().add("status-read-only");
        readOnly.setVisible(vm.isReadOnly());
        readOnly.setManaged(vm.isReadOnly());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label working = new Label(Messages.get("ui.status.working"));
        ProgressBar progress = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        progress.setId("statusProgress");
        progress.setPrefWidth(120);
        HBox workBox = new HBox(6, working, progress);
        workBox.setAlignment(Pos.CENTER_RIGHT);
        workBox.visibleProperty().bind(vm.busyBinding());
        HBox status = new HBox(12, new Label(Messages.get("ui.status.database")), path, readOnly, spacer, workBox);
        status.getStyleClass().add("status-bar");
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(4, 10, 4, 10));
        setBottom(status);
    }

    /**
     * The main window's frame while the database opens, painted at once: the same menu bar,
     * navigation and status bar, not usable yet, and {@code waiting} where the screen will be.
     */
    static BorderPane opening(javafx.scene.Node waiting) {
        BorderPane frame = new BorderPane(waiting);
        frame.getStyleClass().add("main");
        frame.setId("openingFrame");
        javafx.scene.control.MenuBar menus = MainMenu.titlesOnly();
        menus.setDisable(true);
        frame.setTop(menus);
        VBox nav = navigation(new ToggleGroup(), Screen.values()[0]);
        nav.getChildren().stream().skip(1).forEach(b -> {
            b.setDisable(true);
            b.setId(null); // the real buttons, with their ids, come with the main window
        });
        frame.setLeft(nav);
        HBox status = new HBox(new Label(" "));
        status.getStyleClass().add("status-bar");
        status.setPadding(new Insets(4, 10, 4, 10));
        frame.setBottom(status);
        return frame;
    }

    /** The app's title and a button per screen, {@code selected} lit. */
    private static VBox navigation(ToggleGroup group, Screen selected) {
        VBox nav = new VBox(2);
        nav.getStyleClass().add("nav");
        Label app = new Label(Messages.get("app.title"));
        app.getStyleClass().add("nav-title");
        nav.getChildren().add(app);
        for (Screen s : Screen.values()) {
            ToggleButton b = new ToggleButton(Messages.get(s.labelKey()));
            b.setId(s.navId());
            b.setToggleGroup(group);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setUserData(s);
            b.setSelected(s == selected);
            b.setTooltip(new javafx.scene.control.Tooltip(Messages.get("ui.window.tip.nav",
                    Messages.get(s.labelKey()), s.ordinal() + 1)));
            nav.getChildren().add(b);
        }
        return nav;
    }

    /** Reads the shown screen's data again (F5): what other workstations saved since it was read. */
    public void refresh() {
        ScreenPane pane = shown == null ? null : built.get(shown);
        if (pane != null) {
            pane.refresh();
        }
    }

    private void show(Screen s) {
        ScreenPane pane = built.computeIfAbsent(s, screen -> {
            ScreenPane made = factory.apply(screen);
            Tooltips.install(made.node());
            return made;
        });
        content.getChildren().setAll(pane.node());
        shown = s;
        pane.onShow().run();
    }
}
