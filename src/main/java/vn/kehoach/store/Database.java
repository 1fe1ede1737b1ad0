package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * An open H2 database file. Every process opens it in H2's automatic mixed mode
 * ({@code AUTO_SERVER=TRUE}): the first one holds the file and serves it over TCP, the others
 * connect through it. When the holder leaves, H2 reconnects the others and one of them opens
 * the file (it rewrites H2's lock file, which {@link #lockFileChanged} notices); if a statement still finds its connection lost, the pool is
 * opened again and the work is run once more. Every process connects as the application's user, who may read and
 * write rows and nothing else ({@link DatabaseAccess}); the holder lends itself admin rights in
 * memory for a schema migration ({@link #withAdmin}). A commit is in the file when it returns
 * ({@link H2Engine#writeCommitsAtOnce}). Failures become {@link UserError}s that say what is
 * wrong in Vietnamese.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The newest migration under {@code db/migration}; a test keeps the two in step. */
    public static final int SCHEMA_VERSION = 6;

    private final DatabaseFile file;
    private final String url;
    private volatile JdbcConnectionPool pool;
    private final DatabaseAccess access;
    private final DSLContext dsl;
    private final boolean readOnly;
    private final boolean holderAtOpen;
    /** H2's lock file as last seen: a new holder rewrites it, and this process may be that holder. */
    private volatile java.nio.file.attribute.FileTime lockFileSeen;

    private Database(DatabaseFile file, String url, DatabaseAccess access, JdbcConnectionPool pool, boolean readOnly,
                     boolean holder) {
        this.file = file;
        this.url = url;
        this.access = access;
        this.pool = pool;
        this.dsl = DSL.using(new DurableConnections(), SQLDialect.H2);
        this.readOnly = readOnly;
        this.holderAtOpen = holder;
    }

    /** Opens (and creates when {@code create}) the database for reading and writing, shared with other workstations. */
    public static Database open(DatabaseFile file, boolean create) {
        return open(file, create, db -> { });
    }

    /**
     * Opens the database; when its schema is older than this version of the app,
     * {@code beforeMigration} runs first (a backup) and the holder then migrates it.
     */
    public static Database open(DatabaseFile file, boolean create, Consumer<Database> beforeMigration) {
        checkFolder(file, create);
        if (!file.exists()) {
            if (!create) {
                throw new UserError("db.fileMissing", file.toString());
            }
            DatabaseCreation.create(file);
        }
        FileIntegrity.check(file).ifPresent(damage -> {
            throw new DatabaseDamagedException(file, damage);
        });
        DatabaseAccess access = DatabaseAccess.readFrom(file.accessFile())
                .orElseGet(() -> DatabaseCreation.upgradeLegacy(file));
        String url = sharedUrl(file);
        Database db = connect(file, url, access, false);
        try {
            db.bringSchemaUpToDate(beforeMigration);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens a database file for reading only and without sharing (a copy made from a backup). */
    public static Database openReadOnly(DatabaseFile file) {
        DatabaseAccess access = DatabaseAccess.readFrom(file.accessFile())
                .orElseThrow(() -> new UserError("db.accessMissing", file.toString(), file.accessFile().toString()));
        return connect(file, "jdbc:h2:file:" + file.jdbcPath() + ";IFEXISTS=TRUE", access, true);
    }

    /** The URL is the validated path and the app's own constant settings; nothing the user typed is a setting. */
    static String sharedUrl(DatabaseFile file) {
        return "jdbc:h2:file:" + file.jdbcPath() + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
    }

    private static void checkFolder(DatabaseFile file, boolean create) {
        if (Files.isDirectory(file.folder())) {
            return;
        }
        if (!create) {
            throw new UserError("db.folderMissing", file.folder().toString());
        }
        try {
            Files.createDirectories(file.folder());
        } catch (IOException e) {
            throw new UserError(e, "db.folderCannotCreate", file.folder().toString());
        }
    }

    private static Database connect(DatabaseFile file, String url, DatabaseAccess access, boolean readOnly) {
        JdbcConnectionPool pool = newPool(url, access);
        boolean holder = firstConnection(file, pool, readOnly);
        LOG.info("Opened {} ({}{})", file, holder ? "holder" : "through the holder", readOnly ? ", read-only" : "");
        return new Database(file, url, access, pool, readOnly, holder);
    }

    private static JdbcConnectionPool newPool(String url, DatabaseAccess access) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, access.user(), access.password());
        pool.setMaxConnections(8);
        return pool;
    }

    /** Connects (patiently, another process may be opening the file); the holder makes its commits durable. */
    private static boolean firstConnection(DatabaseFile file, JdbcConnectionPool pool, boolean readOnly) {
        boolean holder;
        try {
            holder = OpenPatience.retry(file, () -> {
                try (Connection c = pool.getConnection()) {
                    return H2Engine.local(c).map(engine -> {
                        H2Engine.writeCommitsAtOnce(engine);
                        return true;
                    }).orElse(false);
                }
            });
        } catch (SQLException e) {
            pool.dispose();
            throw OpenErrors.translate(e, file);
        }
        if (holder && !readOnly) {
            FileIntegrity.sealOpen(file);
            try {
                HolderInfo.current().writeTo(file.holderFile());
            } catch (IOException e) {
                LOG.warn("Could not write the lock-info file {}", file.holderFile(), e);
            }
        }
        return holder;
    }

    /** The holder went away (or the share came back): connect again, perhaps as the new holder. */
    private synchronized void reconnect(JdbcConnectionPool broken) {
        if (pool != broken) {
            return; // another thread has already reconnected
        }
        LOG.warn("Connection to {} lost; connecting again", file);
        broken.dispose();
        JdbcConnectionPool fresh = newPool(url, access);
        boolean holder = firstConnection(file, fresh, readOnly);
        pool = fresh;
        LOG.info("Reconnected to {} ({})", file, holder ? "now the holder" : "through the holder");
    }

    /** The highest migration applied to the file, read in one query (Flyway itself is loaded only to migrate). */
    public int schemaVersion() {
        return read(dsl -> {
            Integer v = dsl.select(DSL.max(DSL.field(DSL.quotedName("version"), String.class).cast(Integer.class)))
                    .from(DSL.table(DSL.quotedName("flyway_schema_history")))
                    .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                    .fetchOne(0, Integer.class);
            return v == null ? 0 : v;
        });
    }

    private void bringSchemaUpToDate(Consumer<Database> beforeMigration) {
        int version = schemaVersion();
        if (version > SCHEMA_VERSION) {
            throw new UserError("db.newerSchema", file.toString(), Integer.toString(version));
        }
        if (version == SCHEMA_VERSION || readOnly) {
            return;
        }
        LOG.info("Schema of {} is at version {}, migrating to {}", file, version, SCHEMA_VERSION);
        beforeMigration.accept(this);
        withAdminAccess(admin -> {
            try {
                migrate(url, admin);
                return null;
            } catch (RuntimeException e) {
                throw new UserError(e, "db.migrationFailed", file.toString());
            }
        });
    }

    static void migrate(String url, DatabaseAccess admin) {
        Flyway.configure().dataSource(url, admin.user(), admin.password()).locations("classpath:db/migration")
                .load().migrate();
    }

    /**
     * Runs DDL work (identity restarts after a restore, a migration) with admin rights. Only the
     * holder can: it sets a one-off admin password in its own memory and forgets it after.
     */
    public <T> T withAdmin(Function<DSLContext, T> work) {
        return withAdminAccess(admin -> {
            try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password())) {
                return DSL.using(c, SQLDialect.H2).transactionResult(cfg -> work.apply(DSL.using(cfg)));
            } catch (SQLException e) {
                throw new UserError(e, "db.writeFailed", file.toString());
            }
        });
    }

    private <T> T withAdminAccess(Function<DatabaseAccess, T> work) {
        try (Connection keep = pool.getConnection()) {
            org.h2.engine.Database engine = H2Engine.local(keep)
                    .orElseThrow(() -> new UserError("db.adminNeedsHolder", file.toString()));
            DatabaseAccess admin = H2Engine.lendAdmin(engine);
            try {
                return work.apply(admin);
            } finally {
                H2Engine.forgetAdmin(engine);
            }
        } catch (SQLException e) {
            throw new UserError(e, "db.writeFailed", file.toString());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction; on any failure nothing of it is written. When the
     * connection was lost (the holder left), it reconnects and runs the work once more.
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        if (readOnly) {
            throw new UserError("db.readOnly");
        }
        return withReconnect(() -> dsl.transactionResult(cfg -> work.apply(DSL.using(cfg))));
    }

    /** Runs a read. */
    public <T> T read(Function<DSLContext, T> query) {
        return withReconnect(() -> query.apply(dsl));
    }

    private <T> T withReconnect(java.util.function.Supplier<T> work) {
        JdbcConnectionPool used = pool;
        try {
            return work.get();
        } catch (DataAccessException e) {
            if (!WriteErrors.connectionGone(e)) {
                throw translateWrite(e);
            }
            try {
                reconnect(used);
            } catch (UserError again) {
                LOG.warn("Could not reconnect to {}", file, again);
                throw translateWrite(e);
            }
        }
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw translateWrite(e);
        }
    }

    private UserError translateWrite(DataAccessException e) {
        LOG.error("Database error on {}", file, e);
        return new UserError(e, WriteErrors.keyFor(e), file.toString());
    }

    public DatabaseFile file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether this process holds the file now (others connect through it); it may become the holder later. */
    public boolean isHolder() {
        try (Connection c = DriverManager.getConnection(url, access.user(), access.password())) {
            return H2Engine.local(c).isPresent();
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        boolean holderNow = !readOnly && isHolder();
        pool.dispose();
        if (holderNow || holderAtOpen) {
            HolderInfo.readFrom(file.holderFile()).filter(HolderInfo::isThisProcess).ifPresent(h -> {
                try {
                    Files.deleteIfExists(file.holderFile());
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", file.holderFile(), e);
                }
            });
        }
        if (holderNow && !Files.exists(file.lockFile())) {
            FileIntegrity.sealClosed(file); // closed for good: nobody was connected through us
        }
        LOG.info("Closed {}", file);
    }

    /**
     * Hands out pooled connections; on the holder (which this process may become at any time,
     * when the previous holder leaves) it makes sure commits are written at once.
     */
    private final class DurableConnections implements ConnectionProvider {
        @Override
        public Connection acquire() {
            try {
                Connection c = pool.getConnection();
                H2Engine.local(c).ifPresent(H2Engine::writeCommitsAtOnce);
                return c;
            } catch (SQLException e) {
                throw new DataAccessException("Cannot get a connection to " + file, e);
            }
        }

        @Override
        public void release(Connection connection) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.warn("Could not return a connection of {}", file, e);
            }
            if (lockFileChanged()) {
                becomeDurableHolder();
            }
        }
    }

    /**
     * After H2 reconnected this process, it may hold the file now, reached through its own TCP
     * server. Then its engine gets durable commits, and what was committed meanwhile is written
     * before the caller hears of success (this runs when a transaction hands back its connection).
     */
    private boolean lockFileChanged() {
        java.nio.file.attribute.FileTime now;
        try {
            now = Files.getLastModifiedTime(file.lockFile());
        } catch (IOException e) {
            return false;
        }
        if (now.equals(lockFileSeen)) {
            return false;
        }
        lockFileSeen = now;
        return true;
    }

    private void becomeDurableHolder() {
        if (readOnly) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, access.user(), access.password())) {
            H2Engine.local(c).ifPresent(engine -> {
                H2Engine.writeCommitsAtOnce(engine);
                engine.flush();
                LOG.info("This process now holds {}", file);
                FileIntegrity.sealOpen(file);
                try {
                    HolderInfo.current().writeTo(file.holderFile());
                } catch (IOException e) {
                    LOG.warn("Could not write the lock-info file {}", file.holderFile(), e);
                }
            });
        } catch (SQLException e) {
            LOG.warn("Could not check who holds {}", file, e);
        }
    }

    /** Runs one SQL statement of the app's own (never text from outside) on a connection. */
    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
