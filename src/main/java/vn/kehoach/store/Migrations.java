package vn.kehoach.store;

import org.flywaydb.core.Flyway;

/**
 * The schema's migrations: {@code db/migration/common} holds what both databases accept as
 * written, {@code db/migration/h2} and {@code db/migration/postgresql} the few that must differ
 * (H2's {@code CLOB} is PostgreSQL's {@code TEXT}). The H2 files are byte for byte those of
 * earlier versions, so Flyway's checksums of existing files still match.
 */
public final class Migrations {
    private Migrations() {}

    /** Where Flyway looks for one vendor's migrations ({@code h2} or {@code postgresql}). */
    public static String[] locations(String vendorFolder) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + vendorFolder};
    }

    static void run(JdbcLogin login, String vendorFolder) {
        Flyway.configure().dataSource(login.url(), login.user(), login.password())
                .locations(locations(vendorFolder)).load().migrate();
    }
}
