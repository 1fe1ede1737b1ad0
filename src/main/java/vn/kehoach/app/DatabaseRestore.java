package vn.kehoach.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseDamagedException;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.backup.AuditArchive;

/**
 * Restoring a backup over the database file: the backup is checked first, the current file is
 * backed up and its audit rows read (the restored file archives them), and the swap happens only
 * while nobody else has the file open. A damaged file cannot be opened to be backed up: it is
 * kept beside, renamed, never deleted.
 */
public final class DatabaseRestore {
    private DatabaseRestore() {}

    /** What a restore left behind: the safety backup of a sound file, or where a damaged one was kept. */
    public record Outcome(Optional<BackupService.Backup> safety, Optional<Path> damagedKeptAs) {
        /** The file the person can go back to, for the message. */
        public String previousCopy() {
            return safety.map(b -> b.file().toString()).orElseGet(() -> damagedKeptAs.map(Path::toString).orElse(""));
        }
    }

    /**
     * Restores {@code zip} over the database (closed by the caller). A server's database is
     * restored with the server's own tools, or filled from a file with {@code db-copy}.
     */
    public static Outcome restore(AppHome home, DataLocation where, Path zip) {
        if (!(where instanceof DatabaseFile file)) {
            throw new UserError("db.server.restoreIsServers", where.toString());
        }
        BackupService backups = new BackupService(home);
        backups.verify(zip);
        BackupService.Backup safety = null;
        Path damagedKeptAs = null;
        AuditArchive.Snapshot replacedAudit = AuditArchive.Snapshot.empty();
        try (Database db = Database.open(file, false)) {
            if (!db.isHolder()) {
                throw new UserError("backup.error.inUse", file.toString());
            }
            safety = backups.backup(db);
            replacedAudit = AuditArchive.snapshot(db);
        } catch (DatabaseDamagedException damaged) {
            damagedKeptAs = keepAside(file);
        }
        backups.replaceWith(zip, file, replacedAudit);
        try (Database reopened = Database.open(file, false)) {
            return new Outcome(Optional.ofNullable(safety), Optional.ofNullable(damagedKeptAs));
        }
    }

    private static Path keepAside(DatabaseFile file) {
        Path kept = file.dataFile().resolveSibling(file.dataFile().getFileName() + ".damaged-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            Files.move(file.dataFile(), kept);
            Files.deleteIfExists(file.sealFile());
            return kept;
        } catch (IOException e) {
            throw new UserError(e, "backup.error.restore", file.toString());
        }
    }
}
