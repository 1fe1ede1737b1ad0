package vn.kehoach.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * Compressed backups of a database into a folder of this workstation (not the LAN drive), so a
 * lost share or a broken file never takes the office's work with it. A backup is a zip of the
 * SQL script H2 writes ({@code SCRIPT}), which works the same whether this process holds the
 * file or reaches it through the holder. The last {@value #KEEP} are kept.
 */
public final class BackupService {
    public static final int KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final String SCRIPT_ENTRY = "kehoach.sql";
    private static final String INFO_ENTRY = "backup.properties";
    private static final String FORMAT = "kehoach-backup-1";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final AppHome home;

    public BackupService(AppHome home) {
        this.home = home;
    }

    /** A backup file with the moment it was taken. */
    public record Backup(Path file, LocalDateTime takenAt, long size) {}

    /** Where the backups of one database go: one folder per database path. */
    public Path folderFor(DatabaseFile db) {
        String hash = Integer.toHexString(db.dataFile().toString().toLowerCase().hashCode());
        return home.backups().resolve(db.base().getFileName() + "-" + hash);
    }

    public List<Backup> list(DatabaseFile db) {
        Path folder = folderFor(db);
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path f : files) {
                readInfo(f).ifPresent(info -> out.add(new Backup(f, LocalDateTime.parse(info.getProperty("takenAt")),
                        sizeOf(f))));
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::takenAt).reversed());
        return out;
    }

    public Optional<Backup> latest(DatabaseFile db) {
        return list(db).stream().findFirst();
    }

    /** Takes a backup now and prunes old ones. */
    public Backup backup(Database db) {
        Path folder = folderFor(db.file());
        LocalDateTime now = LocalDateTime.now();
        Path target = folder.resolve(db.file().base().getFileName() + "-" + now.format(STAMP) + ".zip");
        Path tmp = folder.resolve(target.getFileName() + ".part");
        try {
            Files.createDirectories(folder);
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp));
                 Connection c = db.dsl().configuration().connectionProvider().acquire();
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SCRIPT")) {
                Properties info = new Properties();
                info.setProperty("format", FORMAT);
                info.setProperty("takenAt", now.toString());
                info.setProperty("source", db.file().dataFile().toString());
                info.setProperty("machine", Workstation.machine());
                info.setProperty("user", Workstation.user());
                zip.putNextEntry(new ZipEntry(INFO_ENTRY));
                info.store(zip, null);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(SCRIPT_ENTRY));
                BufferedWriter w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                while (rs.next()) {
                    w.write(rs.getString(1));
                    w.write('\n');
                }
                w.flush();
                zip.closeEntry();
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            deleteQuietly(tmp);
            throw new UserError(e, "backup.error.write", folder.toString());
        }
        prune(db.file());
        LOG.info("Backup of {} taken into {}", db.file(), target);
        return new Backup(target, now, sizeOf(target));
    }

    /** Takes a backup when the last one is more than a day old (or there is none). */
    public Optional<Backup> backupIfDue(Database db) {
        Optional<Backup> last = latest(db.file());
        if (last.isPresent() && Duration.between(last.get().takenAt(), LocalDateTime.now()).toHours() < 24) {
            return Optional.empty();
        }
        return Optional.of(backup(db));
    }

    private void prune(DatabaseFile db) {
        List<Backup> all = list(db);
        for (int i = KEEP; i < all.size(); i++) {
            deleteQuietly(all.get(i).file());
        }
    }

    /** Refuses a file that is not one of our backups (foreign, truncated or corrupt). */
    public void verify(Path zip) {
        if (readInfo(zip).isEmpty()) {
            throw new UserError("backup.error.notOurs", zip.toString());
        }
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry script = z.getEntry(SCRIPT_ENTRY);
            if (script == null) {
                throw new UserError("backup.error.notOurs", zip.toString());
            }
            try (InputStream in = z.getInputStream(script)) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // reads every byte: CRC is checked
            }
        } catch (IOException e) {
            throw new UserError(e, "backup.error.corrupt", zip.toString());
        }
    }

    /**
     * Builds a new database file at {@code target} from a backup. The target must not exist;
     * the caller swaps it in. The new file is checked by opening it.
     */
    public void restoreTo(Path zip, DatabaseFile target) {
        verify(zip);
        if (target.exists()) {
            throw new UserError("backup.error.targetExists", target.toString());
        }
        Path sql = null;
        try {
            Files.createDirectories(target.folder());
            sql = Files.createTempFile(target.folder(), "restore", ".sql");
            try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(SCRIPT_ENTRY))) {
                Files.copy(in, sql, StandardCopyOption.REPLACE_EXISTING);
            }
            String url = "jdbc:h2:file:" + target.jdbcPath();
            try (Connection c = DriverManager.getConnection(url, DatabaseAccess.LEGACY.user(), DatabaseAccess.LEGACY.password());
                 Statement st = c.createStatement()) {
                st.execute("RUNSCRIPT FROM '" + sql.toString().replace('\\', '/').replace("'", "''")
                        + "' CHARSET 'UTF-8'");
            }
        } catch (IOException | SQLException e) {
            throw new UserError(e, "backup.error.restore", zip.toString());
        } finally {
            deleteQuietly(sql);
        }
    }

    /**
     * Replaces the (closed) database file with one built from the backup. The current file is
     * kept beside it as {@code .before-restore} until the new one is in place.
     */
    public void replaceWith(Path zip, DatabaseFile db) {
        Path lock = db.base().resolveSibling(db.base().getFileName() + ".lock.db");
        if (Files.exists(lock)) {
            throw new UserError("backup.error.inUse", db.toString());
        }
        DatabaseFile staging = new DatabaseFile(db.base().resolveSibling(db.base().getFileName() + "-restoring"));
        deleteQuietly(staging.dataFile());
        restoreTo(zip, staging);
        Path previous = db.dataFile().resolveSibling(db.dataFile().getFileName() + ".before-restore");
        try {
            if (db.exists()) {
                Files.move(db.dataFile(), previous, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(staging.dataFile(), db.dataFile());
            deleteQuietly(previous);
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

    private static Optional<Properties> readInfo(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            ZipEntry e = z.getEntry(INFO_ENTRY);
            if (e == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            try (InputStream in = z.getInputStream(e)) {
                p.load(in);
            }
            if (!FORMAT.equals(p.getProperty("format")) || p.getProperty("takenAt") == null) {
                return Optional.empty();
            }
            LocalDateTime.parse(p.getProperty("takenAt"));
            return Optional.of(p);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a zip, not ours, or damaged: not a backup
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
