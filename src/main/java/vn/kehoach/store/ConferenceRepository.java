package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.AGENDA_ITEM;
import static vn.kehoach.store.jooq.Tables.ATTENDEE_GROUP;
import static vn.kehoach.store.jooq.Tables.CONFERENCE;
import static vn.kehoach.store.jooq.Tables.CONFERENCE_SITE;
import static vn.kehoach.store.jooq.Tables.PLAN;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.ConferenceRecord;

/**
 * The conference of a plan, saved on its own: the conference row is updated in place (checking the
 * row version it was read at); its sites, attendee groups and agenda are replaced. The plan's
 * document and tasks are not touched.
 */
public final class ConferenceRepository {
    private final Database db;

    public ConferenceRepository(Database db) {
        this.db = db;
    }

    public Optional<Conference> find(long planId) {
        return Optional.ofNullable(db.read(dsl -> find(dsl, planId)));
    }

    /**
     * Saves the conference of plan {@code planId}. {@code expectedVersion} is the row version the
     * conference was read at, or null when the plan had none (it is then inserted). Refused with
     * {@link ConcurrentEditException} when someone else saved it meanwhile, and when the plan is issued.
     * Returns the conference as stored, with its new row version.
     */
    public Conference save(long planId, Conference conference, Integer expectedVersion) {
        return db.inTransaction(tx -> {
            var plan = tx.select(PLAN.STATUS, PLAN.TITLE).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne();
            if (plan == null) {
                throw ConcurrentEditException.of(tx, "plan", planId, null, false);
            }
            if (PlanStatus.valueOf(plan.value1()) == PlanStatus.ISSUED) {
                throw new UserError("extras.conference.issued");
            }
            if (expectedVersion == null) {
                if (tx.fetchExists(CONFERENCE, CONFERENCE.PLAN_ID.eq(planId))) {
                    throw ConcurrentEditException.of(tx, "conference", planId, plan.value2(), true);
                }
                insert(tx, planId, conference);
                Audit.record(tx, "INSERT", "conference", planId, plan.value2());
            } else {
                ConferenceRecord r = tx.newRecord(CONFERENCE);
                fill(r, conference);
                int updated = tx.update(CONFERENCE).set(r).set(CONFERENCE.ROW_VERSION, CONFERENCE.ROW_VERSION.plus(1))
                        .where(CONFERENCE.PLAN_ID.eq(planId), CONFERENCE.ROW_VERSION.eq(expectedVersion)).execute();
                if (updated == 0) {
                    throw ConcurrentEditException.of(tx, "conference", planId, plan.value2(),
                            tx.fetchExists(CONFERENCE, CONFERENCE.PLAN_ID.eq(planId)));
                }
                deleteChildren(tx, planId);
                insertChildren(tx, planId, conference);
                Audit.record(tx, "UPDATE", "conference", planId, plan.value2());
            }
            return find(tx, planId);
        });
    }

    /** Inserts the conference of a plan being created, with its sites, groups and agenda. */
    static void insert(DSLContext tx, long planId, Conference c) {
        ConferenceRecord r = tx.newRecord(CONFERENCE);
        r.setPlanId(planId);
        fill(r, c);
        r.store();
        insertChildren(tx, planId, c);
    }

    private static void fill(ConferenceRecord r, Conference c) {
        r.setKind(c.kind() == null ? null : c.kind().name());
        r.setFormat(c.format().name());
        r.setDuration(c.duration());
        r.setWindowStart(c.windowStart());
        r.setWindowEnd(c.windowEnd());
        r.setTimeNote(c.timeNote());
        r.setExpectedTotal(c.expectedTotal());
        r.setChair(c.chair());
    }

    private static void deleteChildren(DSLContext tx, long planId) {
        tx.deleteFrom(CONFERENCE_SITE).where(CONFERENCE_SITE.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(ATTENDEE_GROUP).where(ATTENDEE_GROUP.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.PLAN_ID.eq(planId)).execute();
    }

    private static void insertChildren(DSLContext tx, long planId, Conference c) {
        for (int i = 0; i < c.sites().size(); i++) {
            Conference.Site s = c.sites().get(i);
            tx.insertInto(CONFERENCE_SITE).set(CONFERENCE_SITE.PLAN_ID, planId).set(CONFERENCE_SITE.POSITION, i)
                    .set(CONFERENCE_SITE.LEVEL, s.level().name()).set(CONFERENCE_SITE.NAME, s.name())
                    .set(CONFERENCE_SITE.ADDRESS, s.address()).set(CONFERENCE_SITE.CHAIR, s.chair())
                    .set(CONFERENCE_SITE.DEADLINE, s.deadline()).set(CONFERENCE_SITE.WINDOW_START, s.windowStart())
                    .set(CONFERENCE_SITE.REPORT_DEADLINE, s.reportDeadline())
                    .set(CONFERENCE_SITE.REPORTS_TO, s.reportsTo() == null ? null : s.reportsTo().name()).execute();
        }
        for (int i = 0; i < c.attendeeGroups().size(); i++) {
            Conference.AttendeeGroup g = c.attendeeGroups().get(i);
            tx.insertInto(ATTENDEE_GROUP).set(ATTENDEE_GROUP.PLAN_ID, planId).set(ATTENDEE_GROUP.POSITION, i)
                    .set(ATTENDEE_GROUP.LEVEL, g.level().name()).set(ATTENDEE_GROUP.DESCRIPTION, g.description())
                    .set(ATTENDEE_GROUP.HEAD_COUNT, g.headCount()).execute();
        }
        for (int i = 0; i < c.agenda().size(); i++) {
            Conference.AgendaItem a = c.agenda().get(i);
            tx.insertInto(AGENDA_ITEM).set(AGENDA_ITEM.PLAN_ID, planId).set(AGENDA_ITEM.POSITION, i)
                    .set(AGENDA_ITEM.TITLE, a.title()).set(AGENDA_ITEM.PRESENTER_ID, a.presenterId())
                    .set(AGENDA_ITEM.PRESENTER, a.presenter()).execute();
        }
    }

    /** The conference of a plan as stored, or null when it has none. */
    static Conference find(DSLContext dsl, long planId) {
        ConferenceRecord c = dsl.fetchOne(CONFERENCE, CONFERENCE.PLAN_ID.eq(planId));
        if (c == null) {
            return null;
        }
        List<Conference.Site> sites = dsl.selectFrom(CONFERENCE_SITE).where(CONFERENCE_SITE.PLAN_ID.eq(planId))
                .orderBy(CONFERENCE_SITE.POSITION)
                .fetch(s -> new Conference.Site(s.getId(), Level.valueOf(s.getLevel()), s.getName(), s.getAddress(),
                        s.getChair(), s.getDeadline(), s.getWindowStart(), s.getReportDeadline(),
                        s.getReportsTo() == null ? null : Level.valueOf(s.getReportsTo())));
        List<Conference.AttendeeGroup> groups = dsl.selectFrom(ATTENDEE_GROUP).where(ATTENDEE_GROUP.PLAN_ID.eq(planId))
                .orderBy(ATTENDEE_GROUP.POSITION)
                .fetch(g -> new Conference.AttendeeGroup(g.getId(), Level.valueOf(g.getLevel()), g.getDescription(),
                        g.getHeadCount()));
        List<Conference.AgendaItem> agenda = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.PLAN_ID.eq(planId))
                .orderBy(AGENDA_ITEM.POSITION)
                .fetch(a -> new Conference.AgendaItem(a.getId(), a.getTitle(), a.getPresenterId(), a.getPresenter()));
        return new Conference(c.getKind() == null ? null : ConferenceKind.valueOf(c.getKind()),
                ConferenceFormat.valueOf(c.getFormat()), c.getDuration(), c.getWindowStart(), c.getWindowEnd(),
                c.getTimeNote(), c.getExpectedTotal(), c.getChair(), sites, groups, agenda, c.getRowVersion());
    }
}
