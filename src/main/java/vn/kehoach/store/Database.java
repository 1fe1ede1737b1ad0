package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * An open H2 database file. Every process opens it in H2's automatic mixed mode
 * ({@code AUTO_SERVER=TRUE}): the first one holds the file and serves it over TCP, the others
 * connect through it. Opening migrates the schema with Flyway; failures become {@link UserError}s
 * that say what is wrong in Vietnamese.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** AUTO_SERVER needs a password that is not empty; the file is protected by the LAN share's rights. */
    static final String USER = "kehoach";
    static final String PASSWORD = "kehoach-lan-2025";

    private final DatabaseFile file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final boolean readOnly;
    private final boolean holder;

    private Database(DatabaseFile file, JdbcConnectionPool pool, boolean readOnly, boolean holder) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.readOnly = readOnly;
        this.holder = holder;
    }

    /** Opens (and creates when {@code create}) the database for reading and writing, shared with other workstations. */
    public static Database open(DatabaseFile file, boolean create) {
        if (!Files.isDirectory(file.folder())) {
            if (!create) {
                throw new UserError("db.folderMissing", file.folder().toString());
            }
            try {
                Files.createDirectories(file.folder());
            } catch (IOException e) {
                throw new UserError(e, "db.folderCannotCreate", file.folder().toString());
            }
        }
        if (!create && !file.exists()) {
            throw new UserError("db.fileMissing", file.toString());
        }
        String url = "jdbc:h2:file:" + file.jdbcPath() + ";AUTO_SERVER=TRUE" + (create ? "" : ";IFEXISTS=TRUE");
        return connect(file, url, false);
    }

    /** Opens a database file for reading only and without sharing (a copy made from a backup). */
    public static Database openReadOnly(DatabaseFile file) {
        String url = "jdbc:h2:file:" + file.jdbcPath() + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        return connect(file, url, true);
    }

    private static Database connect(DatabaseFile file, String url, boolean readOnly) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
        pool.setMaxConnections(8);
        boolean holder;
        try (Connection c = pool.getConnection()) {
            holder = isLocal(c);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        }
        Database db = new Database(file, pool, readOnly, holder);
        try {
            db.checkSchemaVersion();
            if (!readOnly) {
                db.migrate();
            }
            if (holder && !readOnly) {
                HolderInfo.current().writeTo(file.holderFile());
            }
        } catch (IOException e) {
            LOG.warn("Could not write the lock-info file {}", file.holderFile(), e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        LOG.info("Opened {} ({}{})", file, holder ? "holder" : "through the holder", readOnly ? ", read-only" : "");
        return db;
    }

    /** An embedded session means this process holds the file; a remote one goes through the holder. */
    private static boolean isLocal(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession() instanceof org.h2.engine.SessionLocal;
    }

    private static UserError translate(SQLException e, DatabaseFile file) {
        LOG.warn("Cannot open {}: {} ({})", file, e.getMessage(), e.getErrorCode());
        return switch (e.getErrorCode()) {
            case 90020, 90067, 90028 -> new DatabaseLockedException(e, file,
                    HolderInfo.readFrom(file.holderFile()).orElse(null));
            case 90146, 90013 -> new UserError(e, "db.fileMissing", file.toString());
            case 28000 -> new UserError(e, "db.wrongCredentials", file.toString());
            case 90048, 90030, 90031, 90049, 50000 -> new UserError(e, "db.notH2", file.toString());
            case 90100 -> new UserError(e, "db.diskFull", file.toString());
            default -> new UserError(e, "db.cannotOpen", file.toString());
        };
    }

    private Flyway flyway() {
        return Flyway.configure().dataSource(pool).locations("classpath:db/migration").load();
    }

    /** A database written by a newer version of the app must not be touched by this one. */
    private void checkSchemaVersion() {
        for (MigrationInfo m : flyway().info().applied()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS) {
                throw new UserError("db.newerSchema", file.toString(), m.getVersion().toString());
            }
        }
    }

    private void migrate() {
        try {
            flyway().migrate();
        } catch (RuntimeException e) {
            throw new UserError(e, "db.migrationFailed", file.toString());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Runs {@code work} in one transaction; on any failure nothing of it is written. */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        if (readOnly) {
            throw new UserError("db.readOnly");
        }
        try {
            return dsl.transactionResult(cfg -> work.apply(DSL.using(cfg)));
        } catch (org.jooq.exception.DataAccessException e) {
            throw translateWrite(e);
        }
    }

    /** Runs a read. */
    public <T> T read(Function<DSLContext, T> query) {
        try {
            return query.apply(dsl);
        } catch (org.jooq.exception.DataAccessException e) {
            throw translateWrite(e);
        }
    }

    private UserError translateWrite(org.jooq.exception.DataAccessException e) {
        SQLException sql = e.getCause(SQLException.class);
        int code = sql == null ? 0 : sql.getErrorCode();
        LOG.error("Database error on {}", file, e);
        return switch (code) {
            case 90100 -> new UserError(e, "db.diskFull", file.toString());
            case 90028, 90067, 90098 -> new UserError(e, "db.connectionLost", file.toString());
            default -> new UserError(e, "db.writeFailed", file.toString());
        };
    }

    public DatabaseFile file() {
        return file;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    /** Whether this process holds the file (others connect through it). */
    public boolean isHolder() {
        return holder;
    }

    @Override
    public void close() {
        pool.dispose();
        if (holder && !readOnly) {
            HolderInfo.readFrom(file.holderFile()).filter(HolderInfo::isThisProcess).ifPresent(h -> {
                try {
                    Files.deleteIfExists(file.holderFile());
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", file.holderFile(), e);
                }
            });
        }
        LOG.info("Closed {}", file);
    }
}
