package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import vn.kehoach.domain.AuditEntry;

/** The audit log: every change is recorded, in the same transaction, with who, where and when. */
public final class Audit {
    private Audit() {}

    public static void record(DSLContext tx, String action, String entity, Long entityId, String detail) {
        String shortDetail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 3999) + "…";
        tx.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, LocalDateTime.now())
                .set(AUDIT_LOG.OS_USER, Workstation.user())
                .set(AUDIT_LOG.MACHINE, Workstation.machine())
                .set(AUDIT_LOG.ACTION, action)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.DETAIL, shortDetail)
                .execute();
    }

    public static List<AuditEntry> recent(Database db, int limit) {
        return db.read(dsl -> dsl.selectFrom(AUDIT_LOG).orderBy(AUDIT_LOG.ID.desc()).limit(limit)
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getOsUser(), r.getMachine(), r.getAction(),
                        r.getEntity(), r.getEntityId(), r.getDetail())));
    }
}
