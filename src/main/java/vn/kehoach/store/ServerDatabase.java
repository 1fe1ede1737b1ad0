package vn.kehoach.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.kehoach.domain.UserError;

/**
 * A database on a PostgreSQL server, {@code postgresql://host:5432/kehoach}. Only a host, a port
 * and a database name are taken from what the person typed; the JDBC URL is built from them and
 * the app's own settings, so nothing typed becomes a driver setting.
 */
public record ServerDatabase(String host, int port, String name, ServerLogin login) implements DataLocation {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Pattern ADDRESS = Pattern.compile(
            "postgresql://([A-Za-z0-9]([A-Za-z0-9.-]{0,252})?|\\[[0-9A-Fa-f:]{2,39}])(?::(\\d{1,5}))?/([A-Za-z_][A-Za-z0-9_]{0,62})/?");

    public ServerDatabase {
        if (port < 1 || port > 65535) {
            throw new UserError("db.server.badAddress", host + ":" + port);
        }
    }

    static boolean isAddress(String text) {
        return text.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    public static ServerDatabase parse(String text, ServerLogin login) {
        Matcher m = ADDRESS.matcher(text.strip());
        if (!m.matches()) {
            throw new UserError("db.server.badAddress", text.replaceAll("\\p{Cntrl}", "?"));
        }
        int port = m.group(3) == null ? DEFAULT_PORT : Integer.parseInt(m.group(3));
        return new ServerDatabase(m.group(1), port, m.group(4), login);
    }

    /** The same database signed in as another user. */
    public ServerDatabase as(ServerLogin other) {
        return new ServerDatabase(host, port, name, other);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name + "?ApplicationName=kehoach";
    }

    @Override
    public String identity() {
        return SCHEME + host + ":" + port + "/" + name;
    }

    @Override
    public String shortName() {
        return name;
    }

    @Override
    public String toString() {
        return identity();
    }
}
