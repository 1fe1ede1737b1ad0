package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * Makes a new database file, and brings a file of an earlier version under the same rules. A
 * new file gets an admin whose password is thrown away at once, and the application's user
 * with rights on rows only; its schema is migrated before anyone else may open it (a marker file
 * keeps a second process starting at the same moment waiting).
 */
final class DatabaseCreation {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCreation.class);
    private static final Duration STALE_MARKER = Duration.ofSeconds(60);

    private DatabaseCreation() {}

    static void create(DatabaseFile file) {
        try {
            Files.createFile(file.creatingMarker());
        } catch (FileAlreadyExistsException e) {
            waitForCreator(file);
            return;
        } catch (IOException e) {
            throw new UserError(e, WriteErrors.keyFor(e).equals("db.writeFailed") ? "db.cannotCreate"
                    : WriteErrors.keyFor(e), file.toString());
        }
        try {
            if (!file.exists()) {
                createHere(file);
            }
        } finally {
            try {
                Files.deleteIfExists(file.creatingMarker());
            } catch (IOException e) {
                LOG.warn("Could not delete {}", file.creatingMarker(), e);
            }
        }
    }

    private static void createHere(DatabaseFile file) {
        DatabaseAccess app = DatabaseAccess.newApp();
        DatabaseAccess admin = new DatabaseAccess(DatabaseAccess.ADMIN_USER, DatabaseAccess.randomSecret());
        String url = "jdbc:h2:file:" + file.jdbcPath();
        try {
            app.writeTo(file.accessFile());
            try (Connection c = DriverManager.getConnection(url, admin.user(), admin.password())) {
                grantApp(c, app);
                Migrations.run(new JdbcLogin(url, admin.user(), admin.password()), "h2");
            }
            LOG.info("Created {}", file);
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.warn("Could not create {}", file, e);
            deleteQuietly(file);
            String key = WriteErrors.keyFor(e);
            throw new UserError(e, key.equals("db.writeFailed") ? "db.cannotCreate" : key, file.toString());
        }
    }

    private static void grantApp(Connection c, DatabaseAccess app) throws SQLException {
        // the password is our own base64url secret: no quote can occur in it
        Database.execute(c, "CREATE USER IF NOT EXISTS " + app.user() + " PASSWORD '" + app.password() + "'");
        Database.execute(c, "ALTER USER " + app.user() + " SET PASSWORD '" + app.password() + "'");
        Database.execute(c, "GRANT SELECT, INSERT, UPDATE, DELETE ON SCHEMA PUBLIC TO " + app.user());
    }

    /**
     * A file of an earlier version has one admin user with a password that was the same
     * everywhere. Once: the application's user is added, its credentials are kept beside the
     * file, and the old admin password is replaced by one nobody knows.
     */
    static DatabaseAccess upgradeLegacy(DatabaseFile file) {
        DatabaseAccess legacy = DatabaseAccess.LEGACY;
        try {
            return OpenPatience.retry(file, () -> {
                try (Connection c = DriverManager.getConnection(FileSite.sharedUrl(file), legacy.user(),
                        legacy.password())) {
                    DatabaseAccess app = DatabaseAccess.newApp();
                    grantApp(c, app);
                    app.writeTo(file.accessFile());
                    Database.execute(c, "ALTER USER \"" + legacy.user().toUpperCase(java.util.Locale.ROOT)
                            + "\" SET PASSWORD '" + DatabaseAccess.randomSecret() + "'");
                    LOG.info("Upgraded the access of {}: the application's own user, the old password retired", file);
                    return app;
                } catch (IOException e) {
                    throw new SQLException(e);
                }
            });
        } catch (SQLException e) {
            if (e.getErrorCode() == 28000) {
                throw new UserError(e, "db.accessMissing", file.toString(), file.accessFile().toString());
            }
            throw OpenErrors.translate(e, file);
        }
    }

    static void waitForCreator(DatabaseFile file) {
        long deadline = System.currentTimeMillis() + OpenPatience.PATIENCE_MS * 2;
        while (Files.exists(file.creatingMarker())) {
            if (isStale(file)) {
                LOG.warn("Removing a stale creation marker {}", file.creatingMarker());
                try {
                    Files.deleteIfExists(file.creatingMarker());
                } catch (IOException e) {
                    LOG.warn("Could not delete {}", file.creatingMarker(), e);
                }
                create(file);
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new UserError("db.beingCreated", file.toString());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new UserError(e, "db.beingCreated", file.toString());
            }
        }
        if (!file.exists()) {
            create(file); // the other one gave up
        }
    }

    private static boolean isStale(DatabaseFile file) {
        try {
            FileTime t = Files.getLastModifiedTime(file.creatingMarker());
            return t.toInstant().isBefore(Instant.now().minus(STALE_MARKER));
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(DatabaseFile file) {
        try {
            Files.deleteIfExists(file.dataFile());
            Files.deleteIfExists(file.accessFile());
        } catch (IOException e) {
            LOG.warn("Could not clean up {}", file, e);
        }
    }
}
