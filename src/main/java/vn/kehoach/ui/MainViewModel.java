package vn.kehoach.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.store.DataLocation;

/** State of the main window: which screen, which database, read-only or not, background work. */
public final class MainViewModel {
    private final String databasePath;
    private final boolean readOnly;
    private final String banner;
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.OVERVIEW);
    private final BooleanBinding busy;

    public MainViewModel(AppContext ctx, DataLocation shownFile, TaskRunner runner) {
        this.databasePath = shownFile.toString();
        this.readOnly = ctx.isReadOnly();
        this.banner = ctx.copyOf()
                .map(b -> Messages.get("ui.readOnly.banner", Formats.timeAndDate(b.takenAt())))
                .orElse(readOnly ? Messages.get("ui.readOnly.bannerPlain") : "");
        this.busy = Bindings.greaterThan(runner.runningProperty(), 0);
    }

    /** "Kế hoạch — D:\\kehoach\\kehoach.mv.db" */
    public String windowTitle() {
        return Messages.get("ui.window.title", databasePath);
    }

    public String databasePath() {
        return databasePath;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** The read-only banner, empty when the database can be edited. */
    public String banner() {
        return banner;
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    public BooleanBinding busyBinding() {
        return busy;
    }
}
