package vn.kehoach.store.backup;

import static vn.kehoach.store.jooq.Tables.AUDIT_LOG;
import static vn.kehoach.store.jooq.Tables.AUDIT_LOG_ARCHIVE;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import vn.kehoach.store.Database;
import vn.kehoach.store.jooq.tables.records.AuditLogArchiveRecord;
import vn.kehoach.store.jooq.tables.records.AuditLogRecord;

/**
 * The audit rows of a database about to be replaced by a restore, read while it is still open,
 * and written into the restored database's {@code audit_log_archive}.
 */
public final class AuditArchive {
    /** What the replaced database had: its audit log, its own archive, and where it was. */
    public record Snapshot(String from, List<AuditLogRecord> log, List<AuditLogArchiveRecord> archive) {
        public static Snapshot empty() {
            return new Snapshot("", List.of(), List.of());
        }
    }

    private AuditArchive() {}

    public static Snapshot snapshot(Database db) {
        return db.read(dsl -> new Snapshot(db.location().toString(),
                dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID).fetch(),
                dsl.selectFrom(AUDIT_LOG_ARCHIVE).orderBy(AUDIT_LOG_ARCHIVE.ARCHIVED_AT, AUDIT_LOG_ARCHIVE.ID).fetch()));
    }

    /** Adds the replaced database's rows to the archive; rows the restored file already archives are skipped. */
    static void archive(DSLContext tx, Snapshot replaced, LocalDateTime now) {
        for (AuditLogArchiveRecord old : replaced.archive()) {
            boolean present = tx.fetchExists(AUDIT_LOG_ARCHIVE, AUDIT_LOG_ARCHIVE.ARCHIVED_AT.eq(old.getArchivedAt())
                    .and(AUDIT_LOG_ARCHIVE.ID.eq(old.getId())));
            if (!present) {
                AuditLogArchiveRecord copy = old.copy();
                copy.setId(old.getId());
                tx.insertInto(AUDIT_LOG_ARCHIVE).set(copy).execute();
            }
        }
        for (AuditLogRecord r : replaced.log()) {
            tx.insertInto(AUDIT_LOG_ARCHIVE)
                    .set(AUDIT_LOG_ARCHIVE.ID, r.getId())
                    .set(AUDIT_LOG_ARCHIVE.AT, r.getAt())
                    .set(AUDIT_LOG_ARCHIVE.OS_USER, r.getOsUser())
                    .set(AUDIT_LOG_ARCHIVE.MACHINE, r.getMachine())
                    .set(AUDIT_LOG_ARCHIVE.ACTION, r.getAction())
                    .set(AUDIT_LOG_ARCHIVE.ENTITY, r.getEntity())
                    .set(AUDIT_LOG_ARCHIVE.ENTITY_ID, r.getEntityId())
                    .set(AUDIT_LOG_ARCHIVE.DETAIL, r.getDetail())
                    .set(AUDIT_LOG_ARCHIVE.ARCHIVED_AT, now)
                    .set(AUDIT_LOG_ARCHIVE.ARCHIVED_FROM, replaced.from())
                    .execute();
        }
    }
}
