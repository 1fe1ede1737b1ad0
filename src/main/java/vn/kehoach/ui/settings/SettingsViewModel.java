package vn.kehoach.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.ServerDatabase;
import vn.kehoach.store.ServerLogin;
import vn.kehoach.ui.DatabaseSwitcher;
import vn.kehoach.ui.ErrorReporter;
import vn.kehoach.ui.Formats;
import vn.kehoach.ui.TaskRunner;

/** Settings: which database is open, choosing another one (a file or a server), and its backups. */
public final class SettingsViewModel {
    /** Keeps the server's user and password in this person's own settings (a file: off the UI thread). */
    public interface LoginStore {
        void remember(ServerLogin login) throws java.io.IOException;
    }

    private final DataLocation database;
    private final boolean readOnly;
    private final Callable<List<BackupService.Backup>> listBackups;
    private final Supplier<BackupService.Backup> takeBackup;
    private final DatabaseSwitcher switcher;
    private final TaskRunner runner;
    private final ErrorReporter errors;
    private final ObservableList<BackupService.Backup> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper(this, "info", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final StringProperty serverAddress = new SimpleStringProperty(this, "serverAddress", "");
    private final StringProperty serverUser = new SimpleStringProperty(this, "serverUser", "");
    private final StringProperty serverPassword = new SimpleStringProperty(this, "serverPassword", "");
    private final LoginStore logins;

    public SettingsViewModel(DataLocation database, boolean readOnly, Callable<List<BackupService.Backup>> listBackups,
                             Supplier<BackupService.Backup> takeBackup, DatabaseSwitcher switcher, TaskRunner runner,
                             ErrorReporter errors, ServerLogin login, LoginStore logins) {
        this.database = database;
        this.logins = logins;
        serverUser.set(login.user());
        serverPassword.set(login.password());
        if (database instanceof ServerDatabase server) {
            serverAddress.set(server.identity());
        }
        this.readOnly = readOnly;
        this.listBackups = listBackups;
        this.takeBackup = takeBackup;
        this.switcher = switcher;
        this.runner = runner;
        this.errors = errors;
    }

    public String databasePath() {
        return database.toString();
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** A server's backups and restores are the server's job: this workstation only writes the portable zip. */
    public boolean mayRestore() {
        return !readOnly && !database.isServer();
    }

    /** What Settings says about backups of the database in use. */
    public String backupHint() {
        return Messages.get(database.isServer() ? "ui.settings.serverBackupHint" : "ui.settings.fileBackupHint");
    }

    /**
     * Opens the server at the typed address with the typed user: the address is checked first,
     * the user and password are kept in this person's settings, then the window switches to it.
     */
    public void connectServer() {
        info.set("");
        error.set("");
        ServerLogin login = new ServerLogin(serverUser.get().strip(), serverPassword.get());
        ServerDatabase server;
        try {
            server = ServerDatabase.parse(serverAddress.get(), login);
        } catch (UserError e) {
            error.set(e.getLocalizedMessage());
            return;
        }
        runner.submit(() -> {
            logins.remember(login);
            return server;
        }, s -> switcher.switchTo(s, false), this::fail);
    }

    public StringProperty serverAddressProperty() {
        return serverAddress;
    }

    public StringProperty serverUserProperty() {
        return serverUser;
    }

    public StringProperty serverPasswordProperty() {
        return serverPassword;
    }

    public void loadBackups() {
        runner.submit(listBackups, backups::setAll, errors::report);
    }

    public void backupNow() {
        info.set("");
        error.set("");
        runner.submit(takeBackup::get, b -> {
            info.set(Messages.get("ui.settings.backupDone", Formats.timeAndDate(b.takenAt()), b.file().getFileName()));
            loadBackups();
        }, this::fail);
    }

    /**
     * The user chose a file or a folder. Returns true when it can be opened as it is; false when
     * it is a folder without a database, for which the view asks before creating one.
     */
    public boolean canOpenWithoutCreating(Path chosen) {
        return DatabaseFile.of(chosen).exists() || !Files.isDirectory(chosen);
    }

    public void open(Path chosen, boolean create) {
        switcher.switchTo(DatabaseFile.of(chosen), create);
    }

    public void restore(BackupService.Backup backup) {
        switcher.restore(backup);
    }

    private void fail(Throwable e) {
        if (e instanceof UserError u) {
            error.set(u.getLocalizedMessage());
        } else {
            errors.report(e);
        }
    }

    public ObservableList<BackupService.Backup> backups() {
        return backups;
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
