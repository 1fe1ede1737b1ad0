package vn.kehoach.ui;

import java.io.File;
import java.io.IOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.DatabaseRestore;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.DatabaseFile;

/**
 * The JavaFX application. Opens the database in the background, deals with a locked or missing
 * file by asking the person, then shows the main window. A test starts it with
 * {@link #KehoachApp(AppHome, DataLocation, TaskRunner)} on a temporary folder; {@code Main}
 * launches it with the no-argument constructor (home from {@code -Dkehoach.home}, database from
 * {@code --db=PATH} or the remembered one).
 */
public final class KehoachApp extends Application implements DatabaseSwitcher {
    private static final Logger LOG = LoggerFactory.getLogger(KehoachApp.class);
    static final String CSS = "/vn/kehoach/ui/kehoach.css";
    /** The window's icon, also the installers' (src/packaging). */
    static final String ICON = "/vn/kehoach/ui/kehoach-icon.png";

    private AppHome home;
    private DataLocation file;
    private TaskRunner runner;
    private java.time.Clock clock = java.time.Clock.systemDefaultZone();
    private final ErrorDialog errors = new ErrorDialog();
    private Stage stage;
    private AppContext ctx;
    /** The database the window shows (for a read-only copy: the original, not the temporary copy). */
    private DataLocation shownFile;

    private final StartupTiming startupTiming = new StartupTiming();
    /** Set by {@link #stop()}: a dialog closed by the stop must not ask the toolkit to exit a second time. */
    private volatile boolean stopped;
    /** The main window's screens, while it shows; null on the opening and waiting screens. */
    private Screens screens;
    private Runnable exitAction = Platform::exit;

    public KehoachApp() {
    }

    public KehoachApp(AppHome home, DataLocation file, TaskRunner runner) {
        this.home = Objects.requireNonNull(home);
        this.file = Objects.requireNonNull(file);
        this.runner = Objects.requireNonNull(runner);
    }

    /** As above, with the clock the start page counts overdue items from. */
    public KehoachApp(AppHome home, DataLocation file, TaskRunner runner, java.time.Clock clock) {
        this(home, file, runner);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void init() {
        if (home == null) {
            home = AppHome.detect();
            String db = getParameters() == null ? null : getParameters().getNamed().get("db");
            file = home.database(db);
        }
        if (runner == null) {
            runner = new BackgroundTaskRunner();
        }
    }

    @Override
    public void start(Stage primaryStage) {
        if (home == null || runner == null) {
            init();
        }
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        errors.installAsDefault();
        errors.setOwner(stage);
        stage.setTitle(Messages.get("app.title"));
        stage.getIcons().add(new javafx.scene.image.Image(
                Objects.requireNonNull(KehoachApp.class.getResource(ICON)).toExternalForm()));
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeAndExit();
        });
        // The database opens in the background while the first frame is built and painted.
        open(file, false, null);
        stage.show();
        LaunchSplash.closeWhenPainted();
        startupTiming.firstWindowShown();
    }

    /** The context of the open database (for tests), or null while none is open. */
    public AppContext context() {
        return ctx;
    }

    // ---- opening

    /**
     * Opens {@code target} in the background. On failure the person chooses what next; when
     * {@code fallback} is given (a switch from Settings), a failure returns to that database.
     */
    private void open(DataLocation target, boolean create, DataLocation fallback) {
        showWaiting(Messages.get("ui.start.opening", target.toString()));
        runner.submit(() -> {
            if (target instanceof DatabaseFile f && !f.exists()) {
                // the first start builds the database for seconds: say so instead of "opening"
                Platform.runLater(() -> showWaiting(Messages.get("ui.window.start.creating", target.toString())));
            }
            AppContext opened = vn.kehoach.app.EarlyOpen.take(target)
                    .orElseGet(() -> AppContext.open(home, target, create, false));
            boolean ask = home.isDefault(target) && !opened.isReadOnly() && opened.office().needsStartChoice();
            return new Opened(opened, ask);
        }, opened -> {
            if (!target.equals(file)) {
                remember(target);
            }
            file = target;
            if (opened.askHowToStart()) {
                showStartChoice(opened.ctx(), target);
            } else {
                showMain(opened.ctx(), target);
            }
        }, error -> {
            LOG.warn("Cannot open {}", target, error);
            if (fallback != null) {
                OpenFailureDialog.inform(stage, Alert.AlertType.ERROR, ErrorDialog.messageFor(error));
                open(fallback, false, null);
            } else {
                openFailed(target, error);
            }
        });
    }

    /** An opened database, and whether it is a new default one whose way to start must be asked. */
    private record Opened(AppContext ctx, boolean askHowToStart) {}

    /** Asks once how a new database starts: the sample data, or the office's own (a short wizard). */
    private void showStartChoice(AppContext opened, DataLocation shown) {
        this.ctx = opened;
        vn.kehoach.ui.office.OfficeStartViewModel vm = new vn.kehoach.ui.office.OfficeStartViewModel(opened, runner,
                () -> showMain(opened, shown));
        stage.getScene().setRoot(new vn.kehoach.ui.office.OfficeStartView(vm));
    }

    private void openFailed(DataLocation target, Throwable error) {
        if (stopped) {
            return;
        }
        switch (OpenFailureDialog.ask(stage, error)) {
            case RETRY -> open(target, false, null);
            case READ_ONLY_COPY -> openReadOnlyCopy(target, error);
            case RESTORE_LATEST -> restoreLatest(target, error);
            case CHOOSE_FILE -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.get("ui.start.chooseFile"));
                chooser.getExtensionFilters().add(
                        new FileChooser.ExtensionFilter(Messages.get("ui.file.database"), "*.mv.db"));
                File f = chooser.showOpenDialog(stage);
                retryWith(f, target, error);
            }
            case CHOOSE_FOLDER -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(Messages.get("ui.start.chooseFolder"));
                retryWith(chooser.showDialog(stage), target, error);
            }
            default -> exit();
        }
    }

    private void retryWith(File chosen, DataLocation previous, Throwable previousError) {
        if (chosen == null) {
            openFailed(previous, previousError);
        } else {
            open(DatabaseFile.of(chosen.toPath()), false, null);
        }
    }

    private void openReadOnlyCopy(DataLocation target, Throwable lockError) {
        showWaiting(Messages.get("ui.start.openingCopy"));
        runner.submit(() -> {
            BackupService.Backup latest = new BackupService(home).latest(target)
                    .orElseThrow(() -> new UserError("ui.start.noBackup", target.toString()));
            return AppContext.openCopy(home, latest);
        }, copy -> showMain(copy, target), error -> {
            OpenFailureDialog.inform(stage, Alert.AlertType.ERROR, ErrorDialog.messageFor(error));
            openFailed(target, lockError);
        });
    }

    /** A damaged file: the latest backup of this workstation is restored over it (the damaged file is kept aside). */
    private void restoreLatest(DataLocation target, Throwable damage) {
        showWaiting(Messages.get("ui.settings.restoring"));
        runner.submit(() -> {
            BackupService.Backup latest = new BackupService(home).latest(target)
                    .orElseThrow(() -> new UserError("ui.start.noBackupToRestore", target.toString()));
            DatabaseRestore.restore(home, target, latest.file());
            return latest;
        }, latest -> {
            OpenFailureDialog.inform(stage, Alert.AlertType.INFORMATION, Messages.get("ui.start.restoredLatest",
                    Formats.timeAndDate(latest.takenAt())));
            open(target, false, null);
        }, error -> {
            OpenFailureDialog.inform(stage, Alert.AlertType.ERROR, ErrorDialog.messageFor(error));
            openFailed(target, damage);
        });
    }

    private void remember(DataLocation target) {
        try {
            home.rememberDatabase(target);
        } catch (IOException e) {
            LOG.warn("Could not remember {}", target, e);
        }
    }

    private void showMain(AppContext opened, DataLocation shown) {
        this.ctx = opened;
        this.shownFile = shown;
        MainViewModel vm = new MainViewModel(opened, shown, runner);
        Screens screens = new Screens(opened, shown, runner, errors, this, clock);
        this.screens = screens;
        MainView view = new MainView(vm, screens::create,
                page -> vn.kehoach.ui.help.GuideView.open(stage, page, runner, errors));
        stage.setTitle(vm.windowTitle());
        stage.getScene().setRoot(view);
        startupTiming.mainWindowShown();
        // The first screen's data comes first; the daily backup waits until it has arrived.
        whenIdle(() -> {
            startupTiming.mainWindowFilled(this::openBuilderForBench);
            runner.submit(() -> {
                opened.backupIfDue();
                return Boolean.TRUE;
            }, done -> { }, errors::report);
        });
    }

    /** The start-up benchmark's plan in the builder: timed and measured once its window is laid out. */
    private void openBuilderForBench(long planId) {
        javafx.collections.ListChangeListener<javafx.stage.Window> shown = new javafx.collections.ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends javafx.stage.Window> change) {
                javafx.stage.Window.getWindows().removeListener(this);
                whenIdle(startupTiming::builderShown);
            }
        };
        javafx.stage.Window.getWindows().addListener(shown);
        new vn.kehoach.ui.builder.PlanBuilderLauncher(ctx, runner, errors, () -> { }).open(planId);
    }

    // ---- switching and restoring (from Settings)

    @Override
    public void switchTo(DataLocation target, boolean create) {
        AppContext current = ctx;
        DataLocation previous = shownFile;
        ctx = null;
        showWaiting(Messages.get("ui.start.closing"));
        runner.submit(() -> {
            if (current != null) {
                current.close();
            }
            return Boolean.TRUE;
        }, done -> open(target, create, previous != null && previous.equals(target) ? null : previous), error -> {
            errors.report(error);
            open(target, create, previous);
        });
    }

    @Override
    public void restore(BackupService.Backup backup) {
        AppContext current = ctx;
        DataLocation target = shownFile;
        ctx = null;
        showWaiting(Messages.get("ui.settings.restoring"));
        runner.submit(() -> {
            current.close();
            return DatabaseRestore.restore(home, target, backup.file());
        }, outcome -> {
            open(target, false, null);
            OpenFailureDialog.inform(stage, Alert.AlertType.INFORMATION, Messages.get("ui.settings.restored",
                    Formats.timeAndDate(backup.takenAt()), outcome.previousCopy()));
        }, error -> {
            OpenFailureDialog.inform(stage, Alert.AlertType.ERROR, ErrorDialog.messageFor(error));
            LOG.warn("Restore of {} failed", backup.file(), error);
            open(target, false, null);
        });
    }

    // ---- closing

    /** Closing the window: first every screen's unsaved edits are made safe (or the person cancels). */
    private void closeAndExit() {
        if (screens == null || ctx == null) {
            closeNow();
        } else {
            screens.whenEditsSafe(this::closeNow);
        }
    }

    private void closeNow() {
        screens = null;
        AppContext current = ctx;
        if (current == null) {
            exit();
            return;
        }
        ctx = null;
        closeOtherWindows();
        showWaiting(Messages.get("ui.start.closing"));
        whenIdle(() -> runner.submit(() -> {
            current.close();
            return Boolean.TRUE;
        }, done -> exit(), error -> {
            LOG.error("Closing the database failed", error);
            exit();
        }));
    }

    /** Closes the builders and other windows first: each saves what it holds as it closes. */
    private void closeOtherWindows() {
        for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (w != stage) {
                w.hide();
            }
        }
    }

    /**
     * Runs {@code then} on the JavaFX thread once no background work is running (the first screen's
     * loads, the saves of closing windows), looking again on the next pulse because finished work may
     * start a follow-up (a list reload).
     */
    private void whenIdle(Runnable then) {
        if (runner.runningProperty().get() == 0) {
            Platform.runLater(() -> {
                if (runner.runningProperty().get() == 0) {
                    then.run();
                } else {
                    whenIdle(then);
                }
            });
            return;
        }
        runner.runningProperty().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number was, Number now) {
                if (now.intValue() == 0) {
                    runner.runningProperty().removeListener(this);
                    whenIdle(then);
                }
            }
        });
    }

    private void exit() {
        if (!stopped) {
            exitAction.run();
        }
    }

    /** For tests: what ending the application does, instead of ending the toolkit the test runs on. */
    void exitWith(Runnable action) {
        this.exitAction = action;
    }

    /**
     * The toolkit is ending (after {@link #closeAndExit} the database is closed already). Otherwise:
     * the other windows save as they close, the background work finishes (up to a few seconds),
     * then the database closes — in this order, so that no save meets a closed database.
     */
    @Override
    public void stop() {
        stopped = true;
        AppContext current = ctx;
        ctx = null;
        if (stage != null) {
            closeOtherWindows();
        }
        runner.shutdown();
        if (current != null) {
            try {
                current.close();
            } catch (RuntimeException e) {
                LOG.error("Closing the database failed", e);
            }
        }
    }

    // ---- the waiting screen

    private void showWaiting(String message) {
        screens = null;
        if (stage.getScene() == null) {
            stage.setScene(scene(waiting(message), 1280, 800));
        } else {
            stage.getScene().setRoot(waiting(message));
        }
    }

    /** What shows while the database opens, is created, copied or restored: the main window's frame with the progress in it. */
    private static Parent waiting(String message) {
        ProgressIndicator p = new ProgressIndicator();
        p.setId("startProgress");
        p.setPrefSize(48, 48);
        Label l = new Label(message);
        l.setId("startMessage");
        l.setWrapText(true);
        VBox box = new VBox(14, p, l);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("waiting");
        return MainView.opening(box);
    }

    private static Scene scene(Parent root, double w, double h) {
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(Objects.requireNonNull(KehoachApp.class.getResource(CSS)).toExternalForm());
        return scene;
    }
}
