package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.AUDIT_LOG;

import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.AuditLogRecord;

/**
 * A save refused because the row changed (or was deleted) since it was read: someone else saved
 * first. The message names who did it and when, from the audit log; nothing of theirs is overwritten.
 */
public class ConcurrentEditException extends UserError {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final boolean deleted;

    private ConcurrentEditException(boolean deleted, String key, Object... args) {
        super(key, args);
        this.deleted = deleted;
    }

    /** Whether the row is gone (deleted elsewhere), not merely changed. */
    public boolean deleted() {
        return deleted;
    }

    /**
     * The refusal for a row of {@code entity} (the audit log's entity name) with {@code id}; {@code name}
     * says which one for the person ("Kế hoạch “…”"). Reads the latest audit entry in {@code tx}.
     */
    static ConcurrentEditException of(DSLContext tx, String entity, long id, String name, boolean stillThere) {
        String what = what(entity, name);
        AuditLogRecord last = tx.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY.eq(entity), AUDIT_LOG.ENTITY_ID.eq(id))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1).fetchOne();
        if (last == null) {
            return new ConcurrentEditException(!stillThere,
                    stillThere ? "db.conflict.changedUnknown" : "db.conflict.deletedUnknown", what);
        }
        return new ConcurrentEditException(!stillThere, stillThere ? "db.conflict.changed" : "db.conflict.deleted",
                what, last.getOsUser(), last.getMachine(), last.getAt().format(TIME));
    }

    private static String what(String entity, String name) {
        String n = name == null || name.isBlank() ? "" : name.strip();
        String key = switch (entity) {
            case "plan" -> "db.conflict.what.plan";
            case "task" -> "db.conflict.what.task";
            case "conference" -> "db.conflict.what.conference";
            case "nomination" -> "db.conflict.what.nomination";
            case "organization" -> "db.conflict.what.organization";
            default -> throw new IllegalArgumentException(entity);
        };
        return Messages.get(key, n.length() <= 80 ? n : n.substring(0, 79) + "…");
    }
}
