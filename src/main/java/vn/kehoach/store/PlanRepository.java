package vn.kehoach.store;

import vn.kehoach.domain.InputRules;
import static vn.kehoach.store.jooq.Tables.AGENDA_ITEM;
import static vn.kehoach.store.jooq.Tables.ATTENDEE_GROUP;
import static vn.kehoach.store.jooq.Tables.CONFERENCE;
import static vn.kehoach.store.jooq.Tables.CONFERENCE_SITE;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.PLAN_LEGAL_BASIS;
import static vn.kehoach.store.jooq.Tables.PLAN_RECIPIENT;
import static vn.kehoach.store.jooq.Tables.PLAN_SECTION;
import static vn.kehoach.store.jooq.Tables.TASK;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.Conference;
import vn.kehoach.domain.ConferenceFormat;
import vn.kehoach.domain.ConferenceKind;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.PlanRecord;
import vn.kehoach.store.jooq.tables.records.PlanSectionRecord;

/**
 * Plans as whole aggregates: a save writes the plan row and replaces its children (outline,
 * recipients, tasks, conference) in one transaction, so a plan is never half-saved.
 */
public final class PlanRepository {
    private final Database db;

    public PlanRepository(Database db) {
        this.db = db;
    }

    public List<PlanSummary> summaries() {
        return db.read(dsl -> dsl.select(PLAN.ID, PLAN.KIND, PLAN.STATUS, PLAN.NUMBER, PLAN.SYMBOL, PLAN.TITLE,
                        PLAN.ISSUE_DATE, PLAN.ISSUE_YEAR, PLAN.ISSUING_BODY, PLAN.VERSION)
                .from(PLAN).orderBy(PLAN.ISSUE_YEAR.desc().nullsFirst(), PLAN.ID.desc())
                .fetch(r -> new PlanSummary(r.value1(), PlanKind.valueOf(r.value2()), PlanStatus.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    public Optional<Plan> find(long id) {
        return db.read(dsl -> find(dsl, id));
    }

    public Plan get(long id) {
        return find(id).orElseThrow(() -> new UserError("plan.error.notFound", id));
    }

    /** Inserts a new plan (id null) or replaces a stored one; returns it as stored, with ids. */
    public Plan save(Plan plan) {
        return db.inTransaction(tx -> save(tx, plan));
    }

    /**
     * Issues a plan: takes its number in the register (refused when taken) and freezes it,
     * all in one transaction.
     */
    public Plan issue(long id, int number, java.time.LocalDate issueDate) {
        InputRules.date(vn.kehoach.domain.FieldRule.ISSUE_DATE, issueDate);
        return db.inTransaction(tx -> {
            Plan plan = find(tx, id).orElseThrow(() -> new UserError("plan.error.notFound", id));
            if (plan.status() == PlanStatus.ISSUED) {
                throw new UserError("plan.error.issuedFrozen", plan.numberAndSymbol());
            }
            NumberRegister.take(tx, plan.header().symbol(), issueDate.getYear(), number, id, issueDate);
            tx.update(PLAN).set(PLAN.STATUS, PlanStatus.ISSUED.name()).set(PLAN.NUMBER, number)
                    .set(PLAN.ISSUE_DATE, issueDate).set(PLAN.ISSUE_YEAR, issueDate.getYear())
                    .set(PLAN.UPDATED_AT, LocalDateTime.now()).where(PLAN.ID.eq(id)).execute();
            Audit.record(tx, "ISSUE", "plan", id, number + "/" + plan.header().symbol());
            return find(tx, id).orElseThrow();
        });
    }

    public void delete(long id) {
        db.inTransaction(tx -> {
            tx.update(PLAN).setNull(PLAN.PREVIOUS_VERSION_ID).where(PLAN.PREVIOUS_VERSION_ID.eq(id)).execute();
            int n = tx.deleteFrom(PLAN).where(PLAN.ID.eq(id)).execute();
            if (n == 0) {
                throw new UserError("plan.error.notFound", id);
            }
            Audit.record(tx, "DELETE", "plan", id, null);
            return null;
        });
    }

    static Plan save(DSLContext tx, Plan plan) {
        InputRules.check(plan);
        PlanRecord r;
        boolean isNew = plan.id() == null;
        if (isNew) {
            r = tx.newRecord(PLAN);
            r.setCreatedAt(LocalDateTime.now());
        } else {
            r = tx.fetchOptional(PLAN, PLAN.ID.eq(plan.id()))
                    .orElseThrow(() -> new UserError("plan.error.notFound", plan.id()));
            if (PlanStatus.valueOf(r.getStatus()) == PlanStatus.ISSUED) {
                throw new UserError("plan.error.issuedFrozen", plan.numberAndSymbol());
            }
        }
        PlanHeader h = plan.header();
        r.setKind(plan.kind().name());
        r.setStatus(plan.status().name());
        r.setGoverningBodyId(h.governingBodyId());
        r.setGoverningBody(h.governingBody());
        r.setIssuingBodyId(h.issuingBodyId());
        r.setIssuingBody(h.issuingBody());
        r.setNumber(h.number());
        r.setSymbol(h.symbol());
        r.setPlace(h.place());
        r.setIssueDate(h.issueDate());
        r.setIssueYear(h.year());
        r.setTitle(plan.title());
        r.setPreamble(plan.preamble());
        r.setClosingText(plan.closingText());
        r.setContactText(plan.contactText());
        SignatureBlock s = plan.signature();
        r.setSigningCollective(s == null ? null : s.collective());
        r.setSigningAuthority(s == null || s.authority() == null ? null : s.authority().name());
        r.setSigningHeadTitle(s == null ? null : s.headTitle());
        r.setSignerTitle(s == null ? null : s.signerTitle());
        r.setSignerName(s == null ? null : s.signerName());
        r.setSignerId(s == null ? null : s.signerId());
        r.setArchiveLine(plan.archiveLine());
        r.setVersion(plan.version());
        r.setPreviousVersionId(plan.previousVersionId());
        r.setUpdatedAt(LocalDateTime.now());
        r.store();
        long id = r.getId();
        deleteChildren(tx, id);
        insertChildren(tx, id, plan);
        Audit.record(tx, isNew ? "INSERT" : "UPDATE", "plan", id, plan.numberAndSymbol() + " " + plan.title());
        return find(tx, id).orElseThrow();
    }

    private static void deleteChildren(DSLContext tx, long planId) {
        tx.deleteFrom(PLAN_LEGAL_BASIS).where(PLAN_LEGAL_BASIS.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(PLAN_RECIPIENT).where(PLAN_RECIPIENT.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(TASK).where(TASK.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(CONFERENCE).where(CONFERENCE.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(CONFERENCE_SITE).where(CONFERENCE_SITE.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(ATTENDEE_GROUP).where(ATTENDEE_GROUP.PLAN_ID.eq(planId)).execute();
        tx.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.PLAN_ID.eq(planId)).execute();
    }

    private static void insertChildren(DSLContext tx, long planId, Plan plan) {
        for (int i = 0; i < plan.legalBases().size(); i++) {
            tx.insertInto(PLAN_LEGAL_BASIS).set(PLAN_LEGAL_BASIS.PLAN_ID, planId)
                    .set(PLAN_LEGAL_BASIS.POSITION, i).set(PLAN_LEGAL_BASIS.TEXT, plan.legalBases().get(i)).execute();
        }
        insertSections(tx, planId, null, plan.outline());
        for (int i = 0; i < plan.recipients().size(); i++) {
            Recipient rc = plan.recipients().get(i);
            tx.insertInto(PLAN_RECIPIENT).set(PLAN_RECIPIENT.PLAN_ID, planId).set(PLAN_RECIPIENT.POSITION, i)
                    .set(PLAN_RECIPIENT.ORGANIZATION_ID, rc.organizationId()).set(PLAN_RECIPIENT.GROUP_ID, rc.groupId())
                    .set(PLAN_RECIPIENT.TEXT, rc.text()).set(PLAN_RECIPIENT.PURPOSE, rc.purpose())
                    .set(PLAN_RECIPIENT.COPIES, rc.copies()).set(PLAN_RECIPIENT.CHANNEL, rc.channel().name())
                    .execute();
        }
        for (int i = 0; i < plan.tasks().size(); i++) {
            TaskRepository.insert(tx, planId, i, plan.tasks().get(i));
        }
        Conference c = plan.conference();
        if (c != null) {
            tx.insertInto(CONFERENCE).set(CONFERENCE.PLAN_ID, planId)
                    .set(CONFERENCE.KIND, c.kind() == null ? null : c.kind().name())
                    .set(CONFERENCE.FORMAT, c.format().name()).set(CONFERENCE.DURATION, c.duration())
                    .set(CONFERENCE.WINDOW_START, c.windowStart()).set(CONFERENCE.WINDOW_END, c.windowEnd())
                    .set(CONFERENCE.TIME_NOTE, c.timeNote()).set(CONFERENCE.EXPECTED_TOTAL, c.expectedTotal())
                    .set(CONFERENCE.CHAIR, c.chair()).execute();
            for (int i = 0; i < c.sites().size(); i++) {
                Conference.Site s = c.sites().get(i);
                tx.insertInto(CONFERENCE_SITE).set(CONFERENCE_SITE.PLAN_ID, planId).set(CONFERENCE_SITE.POSITION, i)
                        .set(CONFERENCE_SITE.LEVEL, s.level().name()).set(CONFERENCE_SITE.NAME, s.name())
                        .set(CONFERENCE_SITE.ADDRESS, s.address()).set(CONFERENCE_SITE.CHAIR, s.chair())
                        .set(CONFERENCE_SITE.DEADLINE, s.deadline()).execute();
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
    }

    private static void insertSections(DSLContext tx, long planId, Long parentId, List<Section> sections) {
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            PlanSectionRecord r = tx.newRecord(PLAN_SECTION);
            r.setPlanId(planId);
            r.setParentId(parentId);
            r.setPosition(i);
            r.setLevel(s.level().name());
            r.setHeading(s.heading());
            r.setText(s.text());
            r.setBoundBlock(s.boundBlock() == null ? null : s.boundBlock().name());
            r.store();
            insertSections(tx, planId, r.getId(), s.children());
        }
    }

    static Optional<Plan> find(DSLContext dsl, long id) {
        PlanRecord r = dsl.fetchOne(PLAN, PLAN.ID.eq(id));
        if (r == null) {
            return Optional.empty();
        }
        PlanHeader header = new PlanHeader(r.getGoverningBodyId(), r.getGoverningBody(), r.getIssuingBodyId(),
                r.getIssuingBody(), r.getNumber(), r.getSymbol(), r.getPlace(), r.getIssueDate(), r.getIssueYear());
        SignatureBlock signature = r.getSignerName() == null && r.getSignerTitle() == null
                && r.getSigningCollective() == null ? null
                : new SignatureBlock(r.getSigningCollective(),
                        r.getSigningAuthority() == null ? null : SigningAuthority.valueOf(r.getSigningAuthority()),
                        r.getSigningHeadTitle(), r.getSignerTitle(), r.getSignerName(), r.getSignerId());
        List<String> bases = dsl.select(PLAN_LEGAL_BASIS.TEXT).from(PLAN_LEGAL_BASIS)
                .where(PLAN_LEGAL_BASIS.PLAN_ID.eq(id)).orderBy(PLAN_LEGAL_BASIS.POSITION).fetch(PLAN_LEGAL_BASIS.TEXT);
        List<Recipient> recipients = dsl.selectFrom(PLAN_RECIPIENT).where(PLAN_RECIPIENT.PLAN_ID.eq(id))
                .orderBy(PLAN_RECIPIENT.POSITION)
                .fetch(x -> new Recipient(x.getId(), x.getOrganizationId(), x.getGroupId(), x.getText(), x.getPurpose(),
                        x.getCopies(), Channel.valueOf(x.getChannel())));
        return Optional.of(new Plan(r.getId(), PlanKind.valueOf(r.getKind()), PlanStatus.valueOf(r.getStatus()),
                header, r.getTitle(), bases, r.getPreamble(), outline(dsl, id), r.getClosingText(),
                r.getContactText(), signature, recipients, r.getArchiveLine(), r.getVersion(),
                r.getPreviousVersionId(), TaskRepository.ofPlan(dsl, id), conference(dsl, id)));
    }

    private static List<Section> outline(DSLContext dsl, long planId) {
        List<PlanSectionRecord> rows = dsl.selectFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(planId))
                .orderBy(PLAN_SECTION.POSITION).fetch();
        Map<Long, List<PlanSectionRecord>> byParent = rows.stream()
                .collect(Collectors.groupingBy(x -> x.getParentId() == null ? 0L : x.getParentId()));
        return children(byParent, 0L);
    }

    private static List<Section> children(Map<Long, List<PlanSectionRecord>> byParent, long parentKey) {
        List<Section> out = new ArrayList<>();
        for (PlanSectionRecord x : byParent.getOrDefault(parentKey, Collections.emptyList())) {
            out.add(new Section(x.getId(), SectionLevel.valueOf(x.getLevel()), x.getHeading(), x.getText(),
                    x.getBoundBlock() == null ? null : BoundBlock.valueOf(x.getBoundBlock()),
                    children(byParent, x.getId())));
        }
        return out;
    }

    private static Conference conference(DSLContext dsl, long planId) {
        var c = dsl.fetchOne(CONFERENCE, CONFERENCE.PLAN_ID.eq(planId));
        if (c == null) {
            return null;
        }
        List<Conference.Site> sites = dsl.selectFrom(CONFERENCE_SITE).where(CONFERENCE_SITE.PLAN_ID.eq(planId))
                .orderBy(CONFERENCE_SITE.POSITION)
                .fetch(s -> new Conference.Site(s.getId(), Level.valueOf(s.getLevel()), s.getName(), s.getAddress(),
                        s.getChair(), s.getDeadline()));
        List<Conference.AttendeeGroup> groups = dsl.selectFrom(ATTENDEE_GROUP).where(ATTENDEE_GROUP.PLAN_ID.eq(planId))
                .orderBy(ATTENDEE_GROUP.POSITION)
                .fetch(g -> new Conference.AttendeeGroup(g.getId(), Level.valueOf(g.getLevel()), g.getDescription(),
                        g.getHeadCount()));
        List<Conference.AgendaItem> agenda = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.PLAN_ID.eq(planId))
                .orderBy(AGENDA_ITEM.POSITION)
                .fetch(a -> new Conference.AgendaItem(a.getId(), a.getTitle(), a.getPresenterId(), a.getPresenter()));
        return new Conference(c.getKind() == null ? null : ConferenceKind.valueOf(c.getKind()),
                ConferenceFormat.valueOf(c.getFormat()), c.getDuration(), c.getWindowStart(), c.getWindowEnd(),
                c.getTimeNote(), c.getExpectedTotal(), c.getChair(), sites, groups, agenda);
    }
}
