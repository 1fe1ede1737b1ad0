package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP;
import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP_MEMBER;

import java.util.List;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.RecipientGroupRecord;

/** Saved recipient groups and their member bodies, in order. */
public final class RecipientGroupRepository {
    private final Database db;

    public RecipientGroupRepository(Database db) {
        this.db = db;
    }

    public List<RecipientGroup> all() {
        return db.read(RecipientGroupRepository::all);
    }

    static List<RecipientGroup> all(org.jooq.DSLContext dsl) {
        return dsl.selectFrom(RECIPIENT_GROUP).orderBy(RECIPIENT_GROUP.SORT_ORDER, RECIPIENT_GROUP.ID)
                .fetch(g -> new RecipientGroup(g.getId(), g.getName(), g.getSortOrder(),
                        dsl.select(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID).from(RECIPIENT_GROUP_MEMBER)
                                .where(RECIPIENT_GROUP_MEMBER.GROUP_ID.eq(g.getId()))
                                .orderBy(RECIPIENT_GROUP_MEMBER.POSITION)
                                .fetch(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID)));
    }

    public RecipientGroup save(RecipientGroup g) {
        return db.inTransaction(tx -> save(tx, g));
    }

    static RecipientGroup save(org.jooq.DSLContext tx, RecipientGroup g) {
        vn.kehoach.domain.InputRules.check(g);
        if (Text.isBlank(g.name())) {
            throw new UserError("group.error.nameRequired");
        }
        RecipientGroupRecord r = g.id() == null ? tx.newRecord(RECIPIENT_GROUP)
                : tx.fetchOne(RECIPIENT_GROUP, RECIPIENT_GROUP.ID.eq(g.id()));
        r.setName(g.name());
        r.setSortOrder(g.sortOrder());
        r.store();
        tx.deleteFrom(RECIPIENT_GROUP_MEMBER).where(RECIPIENT_GROUP_MEMBER.GROUP_ID.eq(r.getId())).execute();
        for (int i = 0; i < g.memberIds().size(); i++) {
            tx.insertInto(RECIPIENT_GROUP_MEMBER).set(RECIPIENT_GROUP_MEMBER.GROUP_ID, r.getId())
                    .set(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID, g.memberIds().get(i))
                    .set(RECIPIENT_GROUP_MEMBER.POSITION, i).execute();
        }
        Audit.record(tx, g.id() == null ? "INSERT" : "UPDATE", "recipient_group", r.getId(), g.name());
        return new RecipientGroup(r.getId(), g.name(), g.sortOrder(), g.memberIds());
    }
}
