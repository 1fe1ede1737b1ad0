package vn.kehoach.app;

import java.nio.file.Path;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.backup.AuditArchive;

/**
 * Restoring a backup over the database file: the backup is checked first, the current file is
 * backed up and its audit rows read (the restored file archives them), and the swap happens only
 * while nobody else has the file open.
 */
public final class DatabaseRestore {
    private DatabaseRestore() {}

    /** Restores {@code zip} over {@code file} (closed by the caller); returns the safety backup taken first. */
    public static BackupService.Backup restore(AppHome home, DatabaseFile file, Path zip) {
        BackupService backups = new BackupService(home);
        backups.verify(zip);
        BackupService.Backup safety;
        AuditArchive.Snapshot replacedAudit;
        try (Database db = Database.open(file, false)) {
            if (!db.isHolder()) {
                throw new UserError("backup.error.inUse", file.toString());
            }
            safety = backups.backup(db);
            replacedAudit = AuditArchive.snapshot(db);
        }
        backups.replaceWith(zip, file, replacedAudit);
        try (Database reopened = Database.open(file, false)) {
            return safety;
        }
    }
}
