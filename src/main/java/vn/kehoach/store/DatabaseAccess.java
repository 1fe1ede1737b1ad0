package vn.kehoach.store;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

/**
 * The credentials of the application's own database user. That user may read and write the
 * tables and nothing else: no {@code CREATE ALIAS}, no file functions, no {@code SCRIPT} or
 * {@code RUNSCRIPT} (H2 keeps those for admins). Its password is made at random when the
 * database is created and kept next to it, where the share's rights protect it. The admin's
 * password is never stored: see {@link H2Engine#adminConnection}.
 */
record DatabaseAccess(String user, String password) {
    static final String APP_USER = "KEHOACH_APP";
    static final String ADMIN_USER = "KEHOACH_ADMIN";
    /** What versions before 0.2 used for every file; accepted once, to upgrade such a file. */
    static final DatabaseAccess LEGACY = new DatabaseAccess("kehoach", "kehoach-lan-2025");
    private static final SecureRandom RANDOM = new SecureRandom();

    static String randomSecret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static DatabaseAccess newApp() {
        return new DatabaseAccess(APP_USER, randomSecret());
    }

    static Optional<DatabaseAccess> readFrom(Path file) {
        return PropertiesFiles.read(file).flatMap(p -> {
            String user = p.getProperty("user");
            String password = p.getProperty("password");
            return user == null || password == null ? Optional.empty()
                    : Optional.of(new DatabaseAccess(user, password));
        });
    }

    void writeTo(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        PropertiesFiles.write(file, p,
                "Kế hoạch: the application's database user (no admin rights). Keep with the database file.");
    }

    @Override
    public String toString() {
        return "DatabaseAccess[" + user + "]"; // never the password, not even in a log
    }
}
