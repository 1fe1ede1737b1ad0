package vn.kehoach.store;

import vn.kehoach.domain.InputRules;
import static vn.kehoach.store.jooq.Tables.AGENDA_ITEM;
import static vn.kehoach.store.jooq.Tables.NOMINATION;
import static vn.kehoach.store.jooq.Tables.ORGANIZATION;
import static vn.kehoach.store.jooq.Tables.PERSON;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.PLAN_RECIPIENT;
import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP;
import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP_MEMBER;
import static vn.kehoach.store.jooq.Tables.TASK;
import static vn.kehoach.store.jooq.Tables.TASK_SUPPORTING_UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import vn.kehoach.domain.DirectoryRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.RuralStandard;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.OrganizationRecord;

/** The bodies of the directory. */
public final class OrganizationRepository {
    private final Database db;

    public OrganizationRepository(Database db) {
        this.db = db;
    }

    public List<Organization> all() {
        return db.read(dsl -> all(dsl));
    }

    static List<Organization> all(DSLContext dsl) {
        return dsl.selectFrom(ORGANIZATION).orderBy(ORGANIZATION.SORT_ORDER, ORGANIZATION.ID)
                .fetch(OrganizationRepository::toDomain);
    }

    public Optional<Organization> find(long id) {
        return db.read(dsl -> find(dsl, id));
    }

    static Optional<Organization> find(DSLContext dsl, long id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).fetchOptional(OrganizationRepository::toDomain);
    }

    /** Inserts or updates a body after checking the directory's rules; returns it with its id. */
    public Organization save(Organization org) {
        return db.inTransaction(tx -> save(tx, org));
    }

    /**
     * Inserts a body (id null) or updates a stored one in place; an update is refused with
     * {@link ConcurrentEditException} when the body changed since {@code org.rowVersion()} was read.
     */
    static Organization save(DSLContext tx, Organization org) {
        InputRules.check(org);
        DirectoryRules.check(org, all(tx));
        OrganizationRecord r = tx.newRecord(ORGANIZATION);
        r.setFullName(org.fullName());
        r.setShortName(org.shortName());
        r.setLevel(org.level().name());
        r.setKind(org.kind().name());
        r.setParentId(org.parentId());
        r.setArchiveAbbreviation(org.archiveAbbreviation());
        r.setAddress(org.address());
        r.setEmail(org.email());
        r.setSortOrder(org.sortOrder());
        r.setValidFrom(org.validFrom());
        r.setValidUntil(org.validUntil());
        r.setMergedIntoId(org.mergedIntoId());
        r.setRuralStandard(org.ruralStandard() == null ? null : org.ruralStandard().name());
        r.setRuralStandardYear(org.ruralStandardYear());
        if (org.id() == null) {
            r.store();
            Audit.record(tx, "INSERT", "organization", r.getId(), org.fullName());
            return org.withId(r.getId()).withRowVersion(0);
        }
        RowVersions.update(tx, r, ORGANIZATION.ID, org.id(), ORGANIZATION.ROW_VERSION, org.rowVersion(),
                "organization", org.fullName());
        Audit.record(tx, "UPDATE", "organization", org.id(), org.fullName());
        return org.withRowVersion(org.rowVersion() + 1);
    }

    /**
     * Deletes a body no plan, task, group, person or nomination uses. A used body is refused
     * with the list of its uses; the user may instead mark it dissolved or merged.
     */
    public void delete(long id) {
        db.inTransaction(tx -> {
            List<String> uses = usages(tx, id);
            if (!uses.isEmpty()) {
                throw new UserError("directory.error.inUse", String.join("; ", uses));
            }
            tx.deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id)).execute();
            Audit.record(tx, "DELETE", "organization", id, null);
            return null;
        });
    }

    /** Marks a body as dissolved from {@code until}, or merged into another from that day. */
    public Organization end(long id, LocalDate until, Long mergedInto) {
        return db.inTransaction(tx -> {
            Organization o = tx.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                    .fetchOptional(OrganizationRepository::toDomain)
                    .orElseThrow(() -> new UserError("directory.error.notFound"));
            return save(tx, o.endedOn(until, mergedInto));
        });
    }

    /** Human-readable uses of a body: "Kế hoạch 25/KH-BCĐ (cơ quan ban hành)", … */
    public List<String> usages(long id) {
        return db.read(dsl -> usages(dsl, id));
    }

    private static List<String> usages(DSLContext dsl, long id) {
        List<String> uses = new ArrayList<>();
        Set<String> plans = new LinkedHashSet<>();
        dsl.select(PLAN.TITLE).from(PLAN)
                .where(PLAN.ISSUING_BODY_ID.eq(id).or(PLAN.GOVERNING_BODY_ID.eq(id))
                        .or(PLAN.ID.in(DSL.select(PLAN_RECIPIENT.PLAN_ID).from(PLAN_RECIPIENT)
                                .where(PLAN_RECIPIENT.ORGANIZATION_ID.eq(id))))
                        .or(PLAN.ID.in(DSL.select(TASK.PLAN_ID).from(TASK).where(TASK.LEAD_UNIT_ID.eq(id))))
                        .or(PLAN.ID.in(DSL.select(TASK.PLAN_ID).from(TASK).join(TASK_SUPPORTING_UNIT)
                                .on(TASK_SUPPORTING_UNIT.TASK_ID.eq(TASK.ID))
                                .where(TASK_SUPPORTING_UNIT.ORGANIZATION_ID.eq(id))))
                        .or(PLAN.ID.in(DSL.select(AGENDA_ITEM.PLAN_ID).from(AGENDA_ITEM)
                                .where(AGENDA_ITEM.PRESENTER_ID.eq(id)))))
                .orderBy(PLAN.ID)
                .fetch(PLAN.TITLE)
                .forEach(t -> plans.add(Messages.get("directory.use.plan", shorten(t))));
        uses.addAll(plans);
        dsl.select(RECIPIENT_GROUP.NAME).from(RECIPIENT_GROUP).join(RECIPIENT_GROUP_MEMBER)
                .on(RECIPIENT_GROUP_MEMBER.GROUP_ID.eq(RECIPIENT_GROUP.ID))
                .where(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID.eq(id))
                .fetch(RECIPIENT_GROUP.NAME)
                .forEach(n -> uses.add(Messages.get("directory.use.group", n)));
        dsl.select(PERSON.FULL_NAME).from(PERSON).where(PERSON.ORGANIZATION_ID.eq(id)).fetch(PERSON.FULL_NAME)
                .forEach(n -> uses.add(Messages.get("directory.use.person", n)));
        int nominations = dsl.fetchCount(NOMINATION, NOMINATION.UNIT_ID.eq(id).or(NOMINATION.DISTRICT_ID.eq(id))
                .or(NOMINATION.COMMUNE_ID.eq(id)).or(NOMINATION.VILLAGE_ID.eq(id))
                .or(NOMINATION.PROPOSING_BODY_ID.eq(id)));
        if (nominations > 0) {
            uses.add(Messages.get("directory.use.nominations", nominations));
        }
        dsl.select(ORGANIZATION.SHORT_NAME).from(ORGANIZATION).where(ORGANIZATION.PARENT_ID.eq(id))
                .limit(5).fetch(ORGANIZATION.SHORT_NAME)
                .forEach(n -> uses.add(Messages.get("directory.use.child", n)));
        return uses;
    }

    private static String shorten(String title) {
        return title.length() <= 80 ? title : title.substring(0, 79) + "…";
    }

    static Organization toDomain(OrganizationRecord r) {
        return new Organization(r.getId(), r.getFullName(), r.getShortName(), Level.valueOf(r.getLevel()),
                OrganizationKind.valueOf(r.getKind()), r.getParentId(), r.getArchiveAbbreviation(), r.getAddress(),
                r.getEmail(), r.getSortOrder(), r.getValidFrom(), r.getValidUntil(), r.getMergedIntoId(),
                r.getRuralStandard() == null ? null : RuralStandard.valueOf(r.getRuralStandard()),
                r.getRuralStandardYear(), r.getRowVersion());
    }
}
