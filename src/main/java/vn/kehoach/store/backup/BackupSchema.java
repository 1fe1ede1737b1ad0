package vn.kehoach.store.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kehoach.store.Migrations;
import vn.kehoach.store.jooq.Public;

/**
 * The tables a backup may hold: exactly those of the generated schema (Flyway's own history
 * table and the write receipts are not among them), with the order in which a restore inserts them.
 */
public final class BackupSchema {
    private static volatile String appVersion;
    /** Write receipts only matter to a reconnecting writer of the database they were written in. */
    private static final String NOT_BACKED_UP = vn.kehoach.store.jooq.Tables.WRITE_RECEIPT.getName();

    private BackupSchema() {}

    public static List<Table<?>> tables() {
        return Public.PUBLIC.getTables().stream().filter(t -> !t.getName().equals(NOT_BACKED_UP)).toList();
    }

    public static Optional<Table<?>> table(String name) {
        return tables().stream().filter(t -> t.getName().equals(name)).findFirst();
    }

    /** Parents before children; references of a table to itself do not count (see {@link #selfReferences}). */
    public static List<Table<?>> insertOrder() {
        Map<String, Table<?>> pending = new LinkedHashMap<>();
        tables().forEach(t -> pending.put(t.getName(), t));
        List<Table<?>> out = new ArrayList<>();
        while (!pending.isEmpty()) {
            Table<?> ready = pending.values().stream()
                    .filter(t -> t.getReferences().stream().map(fk -> fk.getKey().getTable().getName())
                            .allMatch(parent -> parent.equals(t.getName()) || !pending.containsKey(parent)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Foreign keys form a cycle among " + pending.keySet()));
            out.add(ready);
            pending.remove(ready.getName());
        }
        return out;
    }

    /** The columns of {@code table} that reference the table itself: inserted empty, set once every row exists. */
    public static List<Field<?>> selfReferences(Table<?> table) {
        List<Field<?>> out = new ArrayList<>();
        for (ForeignKey<?, ?> fk : table.getReferences()) {
            if (fk.getKey().getTable().getName().equals(table.getName())) {
                out.addAll(fk.getFields());
            }
        }
        return out;
    }

    /** The highest successful Flyway version of a database. */
    public static String schemaVersion(DSLContext dsl) {
        List<String> versions = dsl.select(DSL.field(DSL.name("version"), String.class))
                .from(DSL.table(DSL.name("flyway_schema_history")))
                .where(DSL.field(DSL.name("success"), Boolean.class).isTrue())
                .and(DSL.field(DSL.name("version")).isNotNull())
                .fetch(0, String.class);
        return highest(versions);
    }

    /** The highest of some Flyway versions ("2" &lt; "10"), or null for none. */
    public static String highest(List<String> versions) {
        return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion).orElse(null);
    }

    /** The newest schema version this application knows (its newest migration). */
    public static String appSchemaVersion() {
        String v = appVersion;
        if (v == null) {
            Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "")
                    .locations(Migrations.locations("h2")).load();
            List<String> all = new ArrayList<>();
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getVersion() != null) {
                    all.add(m.getVersion().getVersion());
                }
            }
            v = highest(all);
            appVersion = v;
        }
        return v;
    }

    /** Whether a backup of schema {@code version} is newer than this application. */
    public static boolean isNewerThanApp(String version) {
        return version != null
                && MigrationVersion.fromVersion(version).compareTo(MigrationVersion.fromVersion(appSchemaVersion())) > 0;
    }
}
