package vn.kehoach.store.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jooq.BatchBindStep;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.AdminAccess;
import vn.kehoach.store.Audit;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;

/**
 * Builds a new database file from checked backup content: the schema from our migrations, the
 * rows with bind values, parents first (references of a table to itself are set once all its
 * rows exist), identities restarted past the highest id, then the replaced database's audit rows
 * archived and the restore itself recorded.
 */
public final class RestoredDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(RestoredDatabase.class);
    private static final int BATCH = 500;

    private RestoredDatabase() {}

    public static void build(BackupContent content, DatabaseFile target, AuditArchive.Snapshot replaced) {
        try (Database db = Database.open(target, true)) {
            db.inTransaction(tx -> {
                fill(tx, content);
                return null;
            });
            AdminAccess.run(db, dsl -> {
                restartIdentities(dsl);
                return null;
            });
            db.inTransaction(tx -> {
                AuditArchive.archive(tx, replaced, LocalDateTime.now());
                Audit.record(tx, "RESTORE", "backup", null,
                        content.file().toString() + " (" + content.takenAt() + ", " + content.format() + ")");
                return null;
            });
        } catch (RuntimeException e) {
            deleteFiles(target);
            throw e instanceof UserError u && u.key().startsWith("backup.") ? u
                    : new UserError(e, "backup.error.restore", content.file().toString());
        }
    }

    /** Inserts every row of {@code content}, parents first, with its ids (restore and {@code db-copy}). */
    static void fill(DSLContext tx, BackupContent content) {
        for (Table<?> table : BackupSchema.insertOrder()) {
            content.tables().stream().filter(t -> t.table().getName().equals(table.getName()))
                    .forEach(rows -> insert(tx, rows));
        }
        DataUpgrades.apply(tx, content.schemaVersion());
    }

    @SuppressWarnings("unchecked")
    private static void insert(DSLContext tx, TableRows rows) {
        if (rows.rows().isEmpty()) {
            return;
        }
        Table<?> table = rows.table();
        List<Field<?>> deferred = BackupSchema.selfReferences(table);
        List<Field<?>> fields = rows.fields();
        int[] deferredAt = deferred.stream().mapToInt(fields::indexOf).filter(i -> i >= 0).toArray();
        Object[] placeholders = new Object[fields.size()];
        BatchBindStep batch = tx.batch(tx.insertInto(table).columns(fields).values(placeholders));
        int pending = 0;
        for (Object[] row : rows.rows()) {
            Object[] values = row.clone();
            for (int i : deferredAt) {
                values[i] = null;
            }
            batch = batch.bind(values);
            if (++pending == BATCH) {
                batch.execute();
                batch = tx.batch(tx.insertInto(table).columns(fields).values(placeholders));
                pending = 0;
            }
        }
        if (pending > 0) {
            batch.execute();
        }
        if (deferredAt.length == 0) {
            return;
        }
        TableField<?, ?>[] key = table.getPrimaryKey().getFieldsArray();
        for (Object[] row : rows.rows()) {
            for (int i : deferredAt) {
                if (row[i] == null) {
                    continue;
                }
                List<Condition> where = new ArrayList<>();
                for (TableField<?, ?> k : key) {
                    where.add(((Field<Object>) k).eq(row[fields.indexOf(k)]));
                }
                tx.update(table).set((Field<Object>) fields.get(i), row[i]).where(where).execute();
            }
        }
    }

    /** Identities continue after the highest restored id, so new rows get fresh ids. */
    static void restartIdentities(DSLContext dsl) {
        for (Table<?> table : BackupSchema.tables()) {
            if (table.getIdentity() == null) {
                continue;
            }
            Field<?> id = table.getIdentity().getField();
            Number max = dsl.select(DSL.max(id)).from(table).fetchOne(0, Number.class);
            long next = max == null ? 1 : max.longValue() + 1;
            dsl.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", table, DSL.name(id.getName()),
                    DSL.inline(next));
        }
    }

    /** Removes a database file this run created, with everything beside it. */
    static void deleteFiles(DatabaseFile target) {
        for (Path p : Arrays.asList(target.dataFile(), target.holderFile(), target.accessFile(), target.sealFile(),
                target.base().resolveSibling(target.base().getFileName() + ".trace.db"))) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Could not delete {}", p, e);
            }
        }
    }
}
