package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.backup.AuditArchive;
import vn.kehoach.store.backup.BackupContent;
import vn.kehoach.store.backup.BackupReader;
import vn.kehoach.store.backup.BackupWriter;
import vn.kehoach.store.backup.RestoredDatabase;

/**
 * Compressed backups of a database into a folder of this workstation (not the LAN drive), so a
 * lost share or a broken file never takes the office's work with it. A backup is data, not a
 * program: a zip of one JSON entry per table and a manifest with checksums (format
 * {@code kehoach-backup-2}), written with plain SELECTs, so it needs no admin right and works the
 * same whether this process holds the file or reaches it through the holder. A restore reads and
 * checks the whole file first and never executes anything from it; old backups (H2's
 * {@code SCRIPT}) are read as data too. The last {@value #KEEP} are kept.
 */
public final class BackupService {
    public static final int KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final AppHome home;

    public BackupService(AppHome home) {
        this.home = home;
    }

    /** A backup file with the moment it was taken. */
    public record Backup(Path file, LocalDateTime takenAt, long size) {}

    /** Where the backups of one database go: one folder per database path. */
    public Path folderFor(DataLocation db) {
        String hash = Integer.toHexString(db.identity().toLowerCase().hashCode());
        return home.backups().resolve(db.shortName() + "-" + hash);
    }

    public List<Backup> list(DataLocation db) {
        Path folder = folderFor(db);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path f : files) {
                BackupReader.takenAt(f).ifPresent(at -> out.add(new Backup(f, at, sizeOf(f))));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    public Optional<Backup> latest(DataLocation db) {
        return list(db).stream().findFirst();
    }

    /** Takes a backup now and prunes old ones. */
    public Backup backup(Database db) {
        Path folder = folderFor(db.location());
        LocalDateTime now = LocalDateTime.now();
        Path target = folder.resolve(db.location().shortName() + "-" + now.format(STAMP) + ".zip");
        Path tmp = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            BackupWriter.write(db, now, tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            if (e instanceof UserError u && !u.key().startsWith("backup.")) {
                throw u; // the database itself failed (connection lost, …): its own message
            }
            throw new UserError(e, "backup.error.write", folder.toString());
        }
        prune(db.location());
        LOG.info("Backup of {} taken into {}", db.location(), target);
        return new Backup(target, now, sizeOf(target));
    }

    /** Takes a backup when the last one is more than a day old (or there is none). */
    public Optional<Backup> backupIfDue(Database db) {
        if (recentByName(db.location())) {
            return Optional.empty();
        }
        Optional<Backup> last = latest(db.location());
        if (last.isPresent() && Duration.between(last.get().takenAt(), LocalDateTime.now()).toHours() < 24) {
            return Optional.empty();
        }
        return Optional.of(backup(db));
    }

    /**
     * Whether a backup of the last 24 hours is there by the stamp in its name. Every command's close
     * asks, and reading each backup's manifest for it took more than the command (the whole zip read,
     * a JSON reader started). Our names are only given to finished files (written as .part, then
     * moved); other names, and a stamp in the future, fall back to reading the manifests.
     */
    private boolean recentByName(DataLocation db) {
        Path folder = folderFor(db);
        if (!Files.isDirectory(folder)) {
            return false;
        }
        LocalDateTime now = LocalDateTime.now();
        String prefix = db.shortName() + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                if (!name.startsWith(prefix)) {
                    continue;
                }
                try {
                    LocalDateTime at = LocalDateTime.parse(name.substring(prefix.length(), name.length() - 4), STAMP);
                    if (!at.isAfter(now) && Duration.between(at, now).toHours() < 24) {
                        return true;
                    }
                } catch (java.time.format.DateTimeParseException e) {
                    // not one of our names: the manifests decide
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        return false;
    }

    private void prune(DataLocation db) {
        List<Backup> all = list(db);
        for (int i = KEEP; i < all.size(); i++) {
            deleteQuietly(all.get(i).file());
        }
    }

    /**
     * Reads and checks the whole file (entries, checksums, tables, columns, every value, schema
     * version) and refuses it with a message saying what is wrong; nothing is created or executed.
     */
    public void verify(Path zip) {
        BackupReader.read(zip);
    }

    /**
     * Builds a new database file at {@code target} from a backup. The target must not exist;
     * the caller swaps it in. The backup is checked completely before the file is created.
     */
    public void restoreTo(Path zip, DatabaseFile target) {
        restoreTo(zip, target, AuditArchive.Snapshot.empty());
    }

    private void restoreTo(Path zip, DatabaseFile target, AuditArchive.Snapshot replaced) {
        BackupContent content = BackupReader.read(zip);
        if (target.exists()) {
            throw new UserError("backup.error.targetExists", target.toString());
        }
        RestoredDatabase.build(content, target, replaced);
    }

    /**
     * Replaces the (closed) database file with one built from the backup. The current file is
     * kept beside it as {@code .before-restore} until the new one is in place. The audit rows of
     * the replaced database ({@link AuditArchive#snapshot}, read before it was closed) go into the
     * new file's audit archive, and the restore is recorded in its audit log.
     */
    public void replaceWith(Path zip, DatabaseFile db, AuditArchive.Snapshot replacedAudit) {
        Path lock = db.base().resolveSibling(db.base().getFileName() + ".lock.db");
        if (Files.exists(lock)) {
            throw new UserError("backup.error.inUse", db.toString());
        }
        DatabaseFile staging = new DatabaseFile(db.base().resolveSibling(db.base().getFileName() + "-restoring"));
        deleteQuietly(staging.dataFile());
        restoreTo(zip, staging, replacedAudit);
        // the data file travels with its access file (its own database user) and its seal
        Path previous = db.dataFile().resolveSibling(db.dataFile().getFileName() + ".before-restore");
        Path previousAccess = db.accessFile().resolveSibling(db.accessFile().getFileName() + ".before-restore");
        try {
            Files.deleteIfExists(db.sealFile());
            if (db.exists()) {
                Files.move(db.dataFile(), previous, StandardCopyOption.REPLACE_EXISTING);
            }
            if (Files.exists(db.accessFile())) {
                Files.move(db.accessFile(), previousAccess, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staging.dataFile(), db.dataFile());
            Files.move(staging.accessFile(), db.accessFile());
            if (Files.exists(staging.sealFile())) {
                Files.move(staging.sealFile(), db.sealFile());
            }
            deleteQuietly(previous);
            deleteQuietly(previousAccess);
        } catch (IOException e) {
            throw new UserError(e, "backup.error.restore", zip.toString());
        }
        LOG.info("Restored {} from {}", db, zip);
    }

    /** Makes a throwaway copy of a backup in a temporary folder, for opening read-only. */
    public DatabaseFile copyForReading(Path zip) {
        try {
            Path folder = Files.createTempDirectory("kehoach-copy");
            DatabaseFile copy = new DatabaseFile(folder.resolve(DatabaseFile.DEFAULT_NAME));
            restoreTo(zip, copy);
            return copy;
        } catch (IOException e) {
            throw new UserError(e, "backup.error.restore", zip.toString());
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", p, e);
        }
    }
}
