package vn.kehoach.store;

import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.TableRecord;

/**
 * Optimistic locking: an update names the row version it read and adds one to it. No row updated
 * means someone else saved (or deleted) the row meanwhile; the save is refused, nothing is overwritten.
 */
final class RowVersions {
    private RowVersions() {}

    /**
     * Writes the fields set in {@code values} into the row {@code key = id}, if its version is still
     * {@code expected}; adds one to the version. Otherwise throws {@link ConcurrentEditException}.
     */
    static <R extends TableRecord<R>> void update(DSLContext tx, R values, TableField<R, Long> key, long id,
                                                  TableField<R, Integer> version, int expected, String entity,
                                                  String name) {
        int updated = tx.update(values.getTable()).set(values).set(version, version.plus(1))
                .where(key.eq(id), version.eq(expected)).execute();
        if (updated == 0) {
            boolean stillThere = tx.fetchExists(values.getTable(), key.eq(id));
            throw ConcurrentEditException.of(tx, entity, id, name, stillThere);
        }
    }
}
