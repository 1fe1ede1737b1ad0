package vn.kehoach.ui;

import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;

/** What Settings asks of the application: reopen on another database, or restore a backup over this one. */
public interface DatabaseSwitcher {
    /** Closes the current database and opens {@code file} (creating it when {@code create}); remembers it. */
    void switchTo(DataLocation file, boolean create);

    /** Closes the current database, restores {@code backup} over it and reopens it. */
    void restore(BackupService.Backup backup);
}
