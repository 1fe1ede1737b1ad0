package vn.kehoach.store;

import java.util.function.Function;
import org.jooq.ConnectionProvider;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;

/**
 * How the application reaches the data of one {@link DataLocation}: what {@link Database} needs
 * and nothing more. A {@link FileSite} holds or shares an H2 file (holder, seal, access file, admin
 * rights lent in memory); a {@link ServerSite} signs in to PostgreSQL, whose users and rights are
 * the server's own. Everything else — transactions, migrations, repositories — is the same.
 */
interface DatabaseSite {
    DataLocation location();

    SQLDialect dialect();

    /** How jOOQ renders names for this database (the generated classes come from H2). */
    Settings settings();

    /** The vendor's folder of migrations beside {@code db/migration/common}. */
    String migrationFolder();

    ConnectionProvider connections();

    /** Runs schema work (a migration, identity restarts) with a login that may change the schema. */
    <T> T withAdmin(Function<JdbcLogin, T> work);

    /** The connections are gone (holder left, server restarted): {@link #reconnect} may help. */
    boolean connectionGone(Throwable error);

    /** Connects again unless another thread already did since {@code seen} (a {@link #generation}). */
    void reconnect(long seen);

    /** Counts reconnections, so that two threads that lost the same connections reconnect once. */
    long generation();

    /** Whether this process holds the file now (never, for a server). */
    boolean isHolder();

    boolean isReadOnly();

    void close();

    /** The one place where a location becomes its way of being reached. */
    static DatabaseSite open(DataLocation where, boolean create) {
        if (where instanceof ServerDatabase server) {
            return ServerSite.open(server);
        }
        return FileSite.open((DatabaseFile) where, create);
    }
}
