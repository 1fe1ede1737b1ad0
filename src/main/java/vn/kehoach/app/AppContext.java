package vn.kehoach.app;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.award.AwardService;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.AwardRepository;
import vn.kehoach.store.BackupService;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.NumberRegister;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.store.PersonRepository;
import vn.kehoach.store.PlanRepository;
import vn.kehoach.store.RecipientGroupRepository;
import vn.kehoach.store.TaskRepository;

/**
 * Everything the UI and the CLI work with, wired by hand around one open database. No global
 * state: a test builds its own context on a temporary folder.
 */
public final class AppContext implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);

    private final AppHome home;
    private final Database db;
    private final BackupService backups;
    /** Set when this is a read-only copy made from a backup: what the user must be told. */
    private final BackupService.Backup copyOf;

    private AppContext(AppHome home, Database db, BackupService.Backup copyOf) {
        this.home = home;
        this.db = db;
        this.backups = new BackupService(home);
        this.copyOf = copyOf;
    }

    /**
     * Opens the database. The default database is created (with the sample data) on first
     * start; any other must exist unless {@code create} is asked for.
     */
    public static AppContext open(AppHome home, DataLocation where, boolean create) {
        return open(home, where, create, true);
    }

    /**
     * Opens the database as {@link #open(AppHome, DataLocation, boolean)}; with {@code sampleOnFirstStart}
     * false a new default database stays empty (the window asks how to start, {@code init} starts an office).
     */
    public static AppContext open(AppHome home, DataLocation where, boolean create, boolean sampleOnFirstStart) {
        boolean newDefault = home.isDefault(where) && !((DatabaseFile) where).exists();
        boolean mayCreate = create || home.isDefault(where);
        Database db = Database.open(where, mayCreate, old -> new BackupService(home).backup(old));
        AppContext ctx = new AppContext(home, db, null);
        if (sampleOnFirstStart && newDefault) {
            try {
                SampleData.load(ctx);
            } catch (UserError e) {
                LOG.warn("Sample data not loaded into {}: {}", where, e.getLocalizedMessage(), e);
            }
        }
        return ctx;
    }

    /** Opens a read-only copy of a backup, when the real file cannot be reached. */
    public static AppContext openCopy(AppHome home, BackupService.Backup backup) {
        DatabaseFile copy = new BackupService(home).copyForReading(backup.file());
        return new AppContext(home, Database.openReadOnly(copy), backup);
    }

    public AppHome home() {
        return home;
    }

    public Database database() {
        return db;
    }

    public BackupService backups() {
        return backups;
    }

    public Optional<BackupService.Backup> copyOf() {
        return Optional.ofNullable(copyOf);
    }

    public boolean isReadOnly() {
        return db.isReadOnly();
    }

    public OrganizationRepository organizations() {
        return new OrganizationRepository(db);
    }

    public PersonRepository people() {
        return new PersonRepository(db);
    }

    public RecipientGroupRepository recipientGroups() {
        return new RecipientGroupRepository(db);
    }

    public PlanRepository plans() {
        return new PlanRepository(db);
    }

    /** The conference of a plan, saved on its own. */
    public vn.kehoach.store.ConferenceRepository conferences() {
        return new vn.kehoach.store.ConferenceRepository(db);
    }

    public TaskRepository tasks() {
        return new TaskRepository(db);
    }

    /** Task operations and queries, overdue counted against the system clock. */
    public vn.kehoach.store.TaskService taskService() {
        return taskService(java.time.Clock.systemDefaultZone());
    }

    /** Task operations and queries against {@code clock} (tests and benchmarks fix it). */
    public vn.kehoach.store.TaskService taskService(java.time.Clock clock) {
        return new vn.kehoach.store.TaskService(db, clock);
    }

    public AwardRepository awards() {
        return new AwardRepository(db);
    }

    /** The award register's work, its decision lists laid out with the directory as it is when asked. */
    public AwardService awardService() {
        return new AwardService(awards(), organizations(), plans(), () -> Documents.of(this).decisionList());
    }

    /** Starting an office, removing the sample data, the directory to and from Excel. */
    public vn.kehoach.store.OfficeSetup office() {
        return new vn.kehoach.store.OfficeSetup(db);
    }

    public NumberRegister numberRegister() {
        return new NumberRegister(db);
    }

    /**
     * Takes the daily backup when one is due (none in the last 24 hours). The window calls it in
     * the background once the main window shows, so a crash later that day still has a backup;
     * closing calls it too. A server's backups are the server's job (the {@code backup} command
     * still writes the portable zip on request). Old write receipts are removed with the backup (on a
     * server, at each call): a write of its own, kept off the path of a command's start.
     */
    public void backupIfDue() {
        if (db.isReadOnly()) {
            return;
        }
        try {
            // a file's daily backup also clears old write receipts; a server has no backup of ours to wait for
            if (db.location().isServer() || backups.backupIfDue(db).isPresent()) {
                db.removeOldWriteReceipts();
            }
        } catch (UserError e) {
            LOG.warn("Daily upkeep of {} failed: {}", db.location(), e.getLocalizedMessage(), e);
        }
    }

    /** Closes the database after the daily backup, if one is due. */
    @Override
    public void close() {
        backupIfDue();
        db.close();
    }
}
