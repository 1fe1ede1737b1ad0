package vn.kehoach.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The workstation's own folder ({@code ~/.kehoach}): settings, the default database, local
 * backups and the log. Tests and portable installs move it with {@code -Dkehoach.home} or
 * {@code KEHOACH_HOME}.
 */
public final class AppHome {
    public static final String DB_ENV = "KEHOACH_DB";
    public static final String USER_ENV = "KEHOACH_DB_USER";
    public static final String PASSWORD_ENV = "KEHOACH_DB_PASSWORD";
    private static final String DB_KEY = "database.path";
    private static final String SERVER_USER_KEY = "server.user";
    private static final String SERVER_PASSWORD_KEY = "server.password";

    private final Path folder;

    public AppHome(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    public static AppHome detect() {
        String prop = System.getProperty("kehoach.home");
        String env = System.getenv("KEHOACH_HOME");
        String chosen = prop != null && !prop.isBlank() ? prop : env;
        return new AppHome(chosen != null && !chosen.isBlank() ? Paths.get(chosen)
                : Paths.get(System.getProperty("user.home"), ".kehoach"));
    }

    public Path folder() {
        return folder;
    }

    public Path backups() {
        return folder.resolve("backups");
    }

    public Path logs() {
        return folder.resolve("logs");
    }

    public DatabaseFile defaultDatabase() {
        return new DatabaseFile(folder.resolve(DatabaseFile.DEFAULT_NAME));
    }

    /**
     * The database to open: the command line's choice, else the environment variable, else
     * the one remembered from Settings, else the default in this folder. Each may be a path or a
     * server's address ({@code postgresql://host:5432/kehoach}).
     */
    public DataLocation database(String commandLine) {
        if (commandLine != null && !commandLine.isBlank()) {
            return location(commandLine);
        }
        String env = System.getenv(DB_ENV);
        if (env != null && !env.isBlank()) {
            return location(env);
        }
        return rememberedDatabase().orElse(defaultDatabase());
    }

    /** A path or a server's address, the server signed in to with {@link #serverLogin()}. */
    public DataLocation location(String text) {
        return DataLocation.parse(text, serverLogin());
    }

    public boolean isDefault(DataLocation where) {
        return where.equals(defaultDatabase());
    }

    public Optional<DataLocation> rememberedDatabase() {
        String p = settings().getProperty(DB_KEY);
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(location(p));
    }

    /** Remembers the database chosen in Settings for the next start. */
    public void rememberDatabase(DataLocation where) throws IOException {
        Properties p = settings();
        p.setProperty(DB_KEY, where.identity());
        saveSettings(p);
    }

    /**
     * The user a server is signed in to with: {@code KEHOACH_DB_USER} and {@code KEHOACH_DB_PASSWORD}
     * when set, else what this person saved in Settings. Never read from beside the data: the
     * settings file is in the person's own folder.
     */
    public ServerLogin serverLogin() {
        String user = System.getenv(USER_ENV);
        if (user != null && !user.isBlank()) {
            return new ServerLogin(user, System.getenv(PASSWORD_ENV));
        }
        Properties p = settings();
        return new ServerLogin(p.getProperty(SERVER_USER_KEY, ""), p.getProperty(SERVER_PASSWORD_KEY, ""));
    }

    /** Saves the server's user and password in this person's settings (readable by this person only). */
    public void rememberServerLogin(ServerLogin login) throws IOException {
        Properties p = settings();
        p.setProperty(SERVER_USER_KEY, login.user());
        p.setProperty(SERVER_PASSWORD_KEY, login.password());
        saveSettings(p);
    }

    private void saveSettings(Properties p) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve("settings.properties");
        Path tmp = folder.resolve("settings.properties.tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp);
        ownerOnly(tmp);
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Kế hoạch settings");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The settings may hold a server password: only their owner may read them (where the file system says so). */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private Properties settings() {
        Properties p = new Properties();
        Path file = folder.resolve("settings.properties");
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException e) {
                // An unreadable settings file means defaults; the next save rewrites it.
            }
        }
        return p;
    }
}
