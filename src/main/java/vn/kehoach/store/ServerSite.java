package vn.kehoach.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.postgresql.ds.PGConnectionPoolDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;

/**
 * A database on a PostgreSQL server. The server keeps the data, its users and their rights, and
 * its backups: there is no holder, no seal and no access file. Every workstation signs in with
 * its own {@link ServerLogin}; schema work runs with that login too, so a migration succeeds only
 * for a user the server lets change the schema (the owner role, see README).
 */
final class ServerSite implements DatabaseSite {
    private static final Logger LOG = LoggerFactory.getLogger(ServerSite.class);
    /**
     * The generated classes come from H2, whose unquoted names are upper case; PostgreSQL folds
     * unquoted names to lower case. Names are rendered quoted and in lower case, so a column
     * called {@code position} or {@code text} never meets a keyword.
     */
    private static final Settings SETTINGS = new Settings().withRenderNameCase(RenderNameCase.LOWER);

    private final ServerDatabase server;
    private volatile JdbcConnectionPool pool;
    private volatile long generation;

    private ServerSite(ServerDatabase server, JdbcConnectionPool pool) {
        this.server = server;
        this.pool = pool;
    }

    static ServerSite open(ServerDatabase server) {
        return new ServerSite(server, connect(server));
    }

    private static JdbcConnectionPool connect(ServerDatabase server) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(server.jdbcUrl());
        source.setUser(server.login().user());
        source.setPassword(server.login().password());
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            LOG.info("Opened {} as {} ({})", server, server.login().user(), c.getMetaData().getDatabaseProductVersion());
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, server);
        }
        return pool;
    }

    /** Why the server could not be reached, in words the person can act on; the details go to the log. */
    static UserError translate(SQLException e, ServerDatabase server) {
        LOG.warn("Cannot open {}: {} ({})", server, e.getMessage(), e.getSQLState(), e);
        String state = String.valueOf(e.getSQLState());
        if (state.startsWith("08")) {
            return new UserError(e, "db.server.unreachable", server.toString());
        }
        return switch (state) {
            case "28P01", "28000" -> new UserError(e, "db.server.login", server.toString(), server.login().user());
            case "3D000" -> new UserError(e, "db.server.missing", server.toString());
            default -> new UserError(e, "db.cannotOpen", server.toString());
        };
    }

    @Override
    public DataLocation location() {
        return server;
    }

    @Override
    public SQLDialect dialect() {
        return SQLDialect.POSTGRES;
    }

    @Override
    public Settings settings() {
        return SETTINGS;
    }

    @Override
    public String migrationFolder() {
        return "postgresql";
    }

    @Override
    public ConnectionProvider connections() {
        return new ConnectionProvider() {
            @Override
            public Connection acquire() {
                try {
                    return pool.getConnection();
                } catch (SQLException e) {
                    throw new DataAccessException("Cannot get a connection to " + server, e);
                }
            }

            @Override
            public void release(Connection connection) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    LOG.warn("Could not return a connection of {}", server, e);
                }
            }
        };
    }

    @Override
    public <T> T withAdmin(Function<JdbcLogin, T> work) {
        return work.apply(new JdbcLogin(server.jdbcUrl(), server.login().user(), server.login().password()));
    }

    /** SQL state class 08: the connection failed or was closed (a restarted server, a lost network). */
    @Override
    public boolean connectionGone(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized void reconnect(long seen) {
        if (generation != seen) {
            return;
        }
        LOG.warn("Connection to {} lost; connecting again", server);
        pool.dispose();
        pool = connect(server);
        generation++;
    }

    @Override
    public long generation() {
        return generation;
    }

    @Override
    public boolean isHolder() {
        return false;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public void close() {
        pool.dispose();
        LOG.info("Closed {}", server);
    }
}
