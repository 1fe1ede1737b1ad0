package vn.kehoach.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A throwaway PostgreSQL cluster on localhost for the tests of one JVM: made with {@code initdb}
 * in a temporary folder, started with {@code pg_ctl} on a free port, stopped and deleted when the
 * test run ends (JUnit closes it from the root store). It has the two roles README asks an office
 * to make: {@code kehoach_owner}, who owns the databases and runs the migrations, and
 * {@code kehoach_app}, who may only read and write rows. Each test gets a database of its own,
 * cloned from one that was migrated once. {@code initdb} refuses root, so as root the cluster
 * runs as the {@code postgres} user of the Debian package.
 */
public final class PostgresServer implements ExtensionContext.Store.CloseableResource {
    public static final ServerLogin OWNER = new ServerLogin("kehoach_owner", "owner-secret");
    public static final ServerLogin APP = new ServerLogin("kehoach_app", "app-secret");
    private static final String TEMPLATE = "kehoach_template";
    private static final String EMPTY = "kehoach_empty";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Path bin;
    private final Path data;
    private final int port;
    private final boolean asPostgres;

    private PostgresServer(Path bin, Path data, int port, boolean asPostgres) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.asPostgres = asPostgres;
    }

    /** The folder of {@code initdb} and {@code pg_ctl}: {@code KEHOACH_PG_BIN}, Debian's newest, or the PATH. */
    static Optional<Path> binaries() {
        String env = System.getenv("KEHOACH_PG_BIN");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                versions.map(v -> v.resolve("bin"))
                        .sorted(Comparator.comparing((Path p) -> versionOf(p)).reversed()).forEach(candidates::add);
            } catch (IOException e) {
                // none there
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                candidates.add(Path.of(dir));
            }
        }
        return candidates.stream()
                .filter(d -> Files.isExecutable(d.resolve("initdb")) && Files.isExecutable(d.resolve("pg_ctl")))
                .findFirst();
    }

    private static int versionOf(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static PostgresServer start(Path bin) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("kehoach-pg");
        if (root) {
            UserPrincipal postgres = data.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName("postgres");
            Files.setOwner(data, postgres);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        PostgresServer server = new PostgresServer(bin, data, port, root);
        server.run("initdb", "-D", data.toString(), "--auth=trust", "-U", "postgres", "--encoding=UTF8",
                "--locale=C.UTF-8", "--no-sync");
        server.run("pg_ctl", "-D", data.toString(), "-l", data.resolve("server.log").toString(), "-w", "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=localhost -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off", "start");
        server.prepare();
        return server;
    }

    private void run(String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + "-" + tool + ".log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException(tool + " failed, see " + data.getFileName() + "-" + tool + ".log in "
                    + data.getParent());
        }
    }

    /** The roles, an empty database with README's rights, and a migrated copy of it to clone. */
    private void prepare() throws SQLException {
        superuser("postgres", "CREATE ROLE kehoach_owner LOGIN PASSWORD '" + OWNER.password() + "'",
                "CREATE ROLE kehoach_app LOGIN PASSWORD '" + APP.password() + "'",
                "CREATE DATABASE " + EMPTY + " OWNER kehoach_owner");
        superuser(EMPTY, "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO kehoach_app",
                "ALTER DEFAULT PRIVILEGES FOR ROLE kehoach_owner IN SCHEMA public"
                        + " GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kehoach_app");
        superuser("postgres", "CREATE DATABASE " + TEMPLATE + " TEMPLATE " + EMPTY + " OWNER kehoach_owner");
        Database.open(database(TEMPLATE, OWNER), true).close();
    }

    private void superuser(String database, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database,
                "postgres", ""); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    ServerDatabase database(String name, ServerLogin login) {
        return new ServerDatabase("localhost", port, name, login);
    }

    /** A new database with the app's schema, signed in to as the application's role (rows only). */
    public ServerDatabase newDatabase(String label) {
        return create(label, TEMPLATE).as(APP);
    }

    /** A new database without any table, signed in to as its owner (who may migrate it). */
    public ServerDatabase emptyDatabase(String label) {
        return create(label, EMPTY).as(OWNER);
    }

    private ServerDatabase create(String label, String template) {
        String name = "t" + COUNTER.incrementAndGet() + "_" + label.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try {
            superuser("postgres", "CREATE DATABASE " + name + " TEMPLATE " + template + " OWNER kehoach_owner");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database " + name, e);
        }
        return database(name, OWNER);
    }

    @Override
    public void close() throws Exception {
        try {
            run("pg_ctl", "-D", data.toString(), "-m", "immediate", "stop");
        } finally {
            try (Stream<Path> all = Files.walk(data)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            for (String tool : List.of("initdb", "pg_ctl")) {
                Files.deleteIfExists(data.resolveSibling(data.getFileName() + "-" + tool + ".log"));
            }
        }
    }
}
