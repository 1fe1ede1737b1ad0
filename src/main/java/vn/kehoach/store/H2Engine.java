package vn.kehoach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.h2.engine.RightOwner;
import org.h2.engine.SessionLocal;
import org.h2.engine.User;
import org.h2.jdbc.JdbcConnection;
import org.h2.security.SHA256;

/**
 * What only the process that holds the file can do, through H2's engine in its own JVM rather
 * than through SQL: make every commit reach the file before it is acknowledged, and give itself
 * admin rights for a moment without any admin password existing outside its memory.
 */
final class H2Engine {
    private H2Engine() {}

    /** An embedded session means this process holds the file; a remote one goes through the holder. */
    static Optional<org.h2.engine.Database> local(Connection c) throws SQLException {
        return c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal s
                ? Optional.of(s.getDatabase()) : Optional.empty();
    }

    /**
     * H2 writes a commit to the file up to half a second later by default, so an acknowledged
     * save could be lost by a crash. Off: a commit is in the file when it returns. The setting is
     * not kept in the file and a non-admin user may not change it by SQL, so the holder sets it on
     * its engine each time it opens the file.
     */
    static void writeCommitsAtOnce(org.h2.engine.Database engine) {
        if (engine.getWriteDelay() != 0) {
            engine.setWriteDelay(0);
        }
    }

    /**
     * Gives the file's admin user a fresh random password, known only to this JVM and valid
     * until {@link #forgetAdmin}; connections from other machines cannot learn it.
     */
    static DatabaseAccess lendAdmin(org.h2.engine.Database engine) {
        User admin = admin(engine);
        String secret = DatabaseAccess.randomSecret();
        admin.setUserPasswordHash(SHA256.getKeyPasswordHash(admin.getName(), secret.toCharArray()));
        return new DatabaseAccess(admin.getName(), secret);
    }

    static void forgetAdmin(org.h2.engine.Database engine) {
        lendAdmin(engine);
    }

    private static User admin(org.h2.engine.Database engine) {
        for (RightOwner owner : engine.getAllUsersAndRoles()) {
            if (owner instanceof User u && u.isAdmin()) {
                return u;
            }
        }
        throw new IllegalStateException("The database has no admin user");
    }
}
