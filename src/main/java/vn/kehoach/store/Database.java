package vn.kehoach.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.TransactionListener;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * An open database, wherever it lives: an H2 file shared between workstations or a PostgreSQL
 * server ({@link DatabaseSite} says how each is reached). Transactions, the schema version and
 * its migration, and the translation of failures into {@link UserError}s that say what is wrong
 * in Vietnamese are the same on both; the jOOQ dialect follows the connection.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** The newest migration under {@code db/migration}; a test keeps the two in step. */
    public static final int SCHEMA_VERSION = 9;
    private static final String HISTORY = "flyway_schema_history";

    private final DatabaseSite site;
    private volatile DSLContext dsl;

    private Database(DatabaseSite site) {
        this.site = site;
        this.dsl = DSL.using(site.connections(), site.dialect(), site.settings());
    }

    /** Opens (and creates when {@code create}) the database for reading and writing, shared with other workstations. */
    public static Database open(DataLocation where, boolean create) {
        return open(where, create, db -> { });
    }

    /**
     * Opens the database; when its schema is older than this version of the app,
     * {@code beforeMigration} runs first (a backup) and the schema is then migrated.
     */
    public static Database open(DataLocation where, boolean create, Consumer<Database> beforeMigration) {
        Database db = new Database(DatabaseSite.open(where, create));
        try {
            db.bringSchemaUpToDate(create, beforeMigration);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /** Opens a database file for reading only and without sharing (a copy made from a backup). */
    public static Database openReadOnly(DatabaseFile file) {
        return new Database(FileSite.openReadOnly(file));
    }

    /** The highest migration applied, read in one query (Flyway itself is loaded only to migrate); 0 for none. */
    public int schemaVersion() {
        return read(dsl -> {
            if (!dsl.fetchExists(DSL.selectOne().from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                    .where(DSL.field(DSL.name("TABLE_NAME")).eq(HISTORY)))) {
                return 0; // a new, empty database on a server
            }
            Integer v = dsl.select(DSL.max(DSL.field(DSL.quotedName("version"), String.class).cast(Integer.class)))
                    .from(DSL.table(DSL.quotedName(HISTORY)))
                    .where(DSL.field(DSL.quotedName("success"), Boolean.class).isTrue())
                    .fetchOne(0, Integer.class);
            return v == null ? 0 : v;
        });
    }

    private void bringSchemaUpToDate(boolean create, Consumer<Database> beforeMigration) {
        int version = schemaVersion();
        if (version > SCHEMA_VERSION) {
            throw new UserError("db.newerSchema", location().toString(), Integer.toString(version));
        }
        if (version == SCHEMA_VERSION || isReadOnly()) {
            return;
        }
        if (version == 0 && !create && location().isServer()) {
            throw new UserError("db.server.empty", location().toString());
        }
        LOG.info("Schema of {} is at version {}, migrating to {}", location(), version, SCHEMA_VERSION);
        if (version > 0) {
            beforeMigration.accept(this);
        }
        site.withAdmin(admin -> {
            try {
                Migrations.run(admin, site.migrationFolder());
                return null;
            } catch (RuntimeException e) {
                throw new UserError(e, location().isServer() ? "db.server.migrationFailed" : "db.migrationFailed",
                        location().toString());
            }
        });
    }

    /**
     * Runs schema work (identity restarts after a restore or a copy) with rights to change the
     * schema, in one transaction: on a file only the holder can (it lends itself admin rights in
     * memory); on a server the signed-in user must be allowed to by the server.
     */
    public <T> T withAdmin(Function<DSLContext, T> work) {
        return site.withAdmin(admin -> {
            try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password())) {
                return DSL.using(c, site.dialect(), site.settings()).transactionResult(cfg -> work.apply(DSL.using(cfg)));
            } catch (SQLException e) {
                throw new UserError(e, "db.writeFailed", location().toString());
            } catch (DataAccessException e) {
                throw translateWrite(e);
            }
        });
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** For tests that break the connection at a chosen moment of a commit. */
    void listenToTransactions(TransactionListener listener) {
        dsl = DSL.using(dsl.configuration().deriveAppending(listener));
    }

    /**
     * Runs {@code work} in one transaction; on any failure nothing of it is written. When the
     * connection was lost (the holder left), it reconnects and runs the work once more, unless
     * the first run had already reached the database: each run leaves its {@link WriteReceipts
     * receipt}, looked up before running again, so a write is never applied twice.
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        if (isReadOnly()) {
            throw new UserError("db.readOnly");
        }
        String receipt = WriteReceipts.newToken();
        AtomicBoolean committing = new AtomicBoolean();
        return withReconnect(() -> dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            WriteReceipts.leave(tx, receipt);
            T result = work.apply(tx);
            committing.set(true); // from here on, a broken connection may or may not have written
            return result;
        }), committing, receipt);
    }

    /** Removes the write receipts nobody will look up any more (with the daily upkeep, off the start's path). */
    public int removeOldWriteReceipts() {
        return inTransaction(WriteReceipts::removeOld);
    }

    /** Runs a read; a read cut by a lost connection is simply run again after reconnecting. */
    public <T> T read(Function<DSLContext, T> query) {
        return withReconnect(() -> query.apply(dsl), new AtomicBoolean(), null);
    }

    private <T> T withReconnect(Supplier<T> work, AtomicBoolean committing, String receipt) {
        long seen = site.generation();
        try {
            return work.get();
        } catch (DataAccessException e) {
            if (!site.connectionGone(e)) {
                throw translateWrite(e);
            }
            boolean mayHaveWritten = committing.getAndSet(false);
            try {
                site.reconnect(seen);
            } catch (UserError again) {
                LOG.warn("Could not reconnect to {}", location(), again);
                throw mayHaveWritten ? new UserError(e, "db.writeOutcomeUnknown", location().toString()) : translateWrite(e);
            }
            if (mayHaveWritten && WriteReceipts.found(dsl, receipt)) {
                LOG.warn("The connection to {} broke after a commit had reached it; not running it again", location(), e);
                throw new WriteUnconfirmedException(e, location().toString());
            }
        }
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw translateWrite(e);
        }
    }

    private UserError translateWrite(DataAccessException e) {
        LOG.error("Database error on {}", location(), e);
        return new UserError(e, WriteErrors.keyFor(e), location().toString());
    }

    /** Where the data lives. */
    public DataLocation location() {
        return site.location();
    }

    public boolean isReadOnly() {
        return site.isReadOnly();
    }

    /** Whether this process holds the file now (others connect through it); it may become the holder later. */
    public boolean isHolder() {
        return site.isHolder();
    }

    @Override
    public void close() {
        site.close();
    }

    /** Runs one SQL statement of the app's own (never text from outside) on a connection. */
    static void execute(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
