package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * An H2 database file. Every process opens it in H2's automatic mixed mode
 * ({@code AUTO_SERVER=TRUE}): the first one holds the file and serves it over TCP, the others
 * connect through it. When the holder leaves, H2 reconnects the others and one of them opens the
 * file (it rewrites H2's lock file, which {@link #lockFileChanged} notices); if a statement still
 * finds its connection lost, the pool is opened again. Every process connects as the
 * application's user, who may read and write rows and nothing else ({@link DatabaseAccess}); the
 * holder lends itself admin rights in memory for schema work ({@link #withAdmin}). A commit is in
 * the file when it returns ({@link H2Engine#writeCommitsAtOnce}); the holder writes who it is
 * beside the file and seals the file when it closes it for good ({@link FileIntegrity}).
 */
final class FileSite implements DatabaseSite {
    private static final Logger LOG = LoggerFactory.getLogger(FileSite.class);

    private final DatabaseFile file;
    private final String url;
    private final DatabaseAccess access;
    private final boolean readOnly;
    private final boolean holderAtOpen;
    private volatile JdbcConnectionPool pool;
    private volatile long generation;
    /** H2's lock file as last seen: a new holder rewrites it, and this process may be that holder. */
    private volatile FileTime lockFileSeen;

    private FileSite(DatabaseFile file, String url, DatabaseAccess access, JdbcConnectionPool pool, boolean readOnly,
                     boolean holder) {
        this.file = file;
        this.url = url;
        this.access = access;
        this.pool = pool;
        this.readOnly = readOnly;
        this.holderAtOpen = holder;
    }

    /** Opens (and creates when {@code create}) the file for reading and writing, shared with other workstations. */
    static FileSite open(DatabaseFile file, boolean create) {
        checkFolder(file, create);
        if (!file.exists()) {
            if (!create) {
                throw new UserError("db.fileMissing", file.toString());
            }
            DatabaseCreation.create(file);
        } else if (create && Files.exists(file.creatingMarker())) {
            // another process is creating the file this moment: until it is done the file is empty, not damaged
            DatabaseCreation.waitForCreator(file);
        }
        FileIntegrity.check(file).ifPresent(damage -> {
            throw new DatabaseDamagedException(file, damage);
        });
        DatabaseAccess access = DatabaseAccess.readFrom(file.accessFile())
                .orElseGet(() -> DatabaseCreation.upgradeLegacy(file));
        return connect(file, sharedUrl(file), access, false);
    }

    /** Opens a file for reading only and without sharing (a copy made from a backup). */
    static FileSite openReadOnly(DatabaseFile file) {
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

    private static FileSite connect(DatabaseFile file, String url, DatabaseAccess access, boolean readOnly) {
        JdbcConnectionPool pool = newPool(url, access);
        boolean holder = firstConnection(file, pool, readOnly);
        LOG.info("Opened {} ({}{})", file, holder ? "holder" : "through the holder", readOnly ? ", read-only" : "");
        return new FileSite(file, url, access, pool, readOnly, holder);
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
            writeHolderInfo(file);
        }
        return holder;
    }

    private static void writeHolderInfo(DatabaseFile file) {
        try {
            HolderInfo.current().writeTo(file.holderFile());
        } catch (IOException e) {
            LOG.warn("Could not write the lock-info file {}", file.holderFile(), e);
        }
    }

    @Override
    public DataLocation location() {
        return file;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.H2;
    }

    @Override
    public Settings settings() {
        return new Settings();
    }

    @Override
    public String migrationFolder() {
        return "h2";
    }

    @Override
    public ConnectionProvider connections() {
        return new DurableConnections();
    }

    @Override
    public boolean connectionGone(Throwable error) {
        return WriteErrors.connectionGone(error);
    }

    @Override
    public long generation() {
        return generation;
    }

    /** The holder went away (or the share came back): connect again, perhaps as the new holder. */
    @Override
    public synchronized void reconnect(long seen) {
        if (generation != seen) {
            return; // another thread has already reconnected
        }
        LOG.warn("Connection to {} lost; connecting again", file);
        pool.dispose();
        JdbcConnectionPool fresh = newPool(url, access);
        boolean holder = firstConnection(file, fresh, readOnly);
        pool = fresh;
        generation++;
        LOG.info("Reconnected to {} ({})", file, holder ? "now the holder" : "through the holder");
    }

    /**
     * Only the holder can: it sets a one-off admin password in its own memory, connects with it
     * and forgets it after, so admin rights can never be reached over TCP.
     */
    @Override
    public <T> T withAdmin(Function<JdbcLogin, T> work) {
        try (Connection keep = pool.getConnection()) {
            org.h2.engine.Database engine = H2Engine.local(keep)
                    .orElseThrow(() -> new UserError("db.adminNeedsHolder", file.toString()));
            DatabaseAccess admin = H2Engine.lendAdmin(engine);
            try {
                return work.apply(new JdbcLogin(url, admin.user(), admin.password()));
            } finally {
                H2Engine.forgetAdmin(engine);
            }
        } catch (SQLException e) {
            throw new UserError(e, "db.writeFailed", file.toString());
        }
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }

    @Override
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
        FileTime now;
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
                writeHolderInfo(file);
            });
        } catch (SQLException e) {
            LOG.warn("Could not check who holds {}", file, e);
        }
    }
}
