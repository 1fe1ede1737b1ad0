package vn.kehoach.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The workstation's own folder ({@code ~/.kehoach}): settings, the default database, local
 * backups and the log. Tests and portable installs move it with {@code -Dkehoach.home} or
 * {@code KEHOACH_HOME}.
 */
public final class AppHome {
    public static final String DB_ENV = "KEHOACH_DB";
    private static final String DB_KEY = "database.path";

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
     * the one remembered from Settings, else the default in this folder.
     */
    public DatabaseFile database(Path commandLine) {
        if (commandLine != null) {
            return DatabaseFile.of(commandLine);
        }
        String env = System.getenv(DB_ENV);
        if (env != null && !env.isBlank()) {
            return DatabaseFile.of(Paths.get(env));
        }
        return rememberedDatabase().orElse(defaultDatabase());
    }

    public boolean isDefault(DatabaseFile file) {
        return file.equals(defaultDatabase());
    }

    public Optional<DatabaseFile> rememberedDatabase() {
        String p = settings().getProperty(DB_KEY);
        return p == null || p.isBlank() ? Optional.empty() : Optional.of(DatabaseFile.of(Paths.get(p)));
    }

    /** Remembers the database chosen in Settings for the next start. */
    public void rememberDatabase(DatabaseFile file) throws IOException {
        Properties p = settings();
        p.setProperty(DB_KEY, file.dataFile().toString());
        Files.createDirectories(folder);
        Path target = folder.resolve("settings.properties");
        Path tmp = folder.resolve("settings.properties.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "Kế hoạch settings");
        }
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
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
