package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.PLAN_APPENDIX;
import static vn.kehoach.store.jooq.Tables.PLAN_LEGAL_BASIS;
import static vn.kehoach.store.jooq.Tables.PLAN_RECIPIENT;
import static vn.kehoach.store.jooq.Tables.PLAN_SECTION;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import vn.kehoach.domain.BoundBlock;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Recipient;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SignatureBlock;
import vn.kehoach.domain.TableText;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.PlanRecord;
import vn.kehoach.store.jooq.tables.records.PlanSectionRecord;

/**
 * Plans. A new plan is inserted whole (outline, recipients, tasks, conference) in one transaction;
 * a stored plan's save writes only its document (plan row, legal bases, outline, recipients),
 * checking the row version it was read at. Tasks belong to {@link TaskService}, the conference to
 * {@link ConferenceRepository}: each saves its own rows in place.
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

    /**
     * Stores a plan: a new one (id null) with everything it holds, a stored one as its document only
     * (see {@link #saveDocument}); tasks and the conference of a stored plan are never touched here.
     * Returns the plan as stored, with ids and its new row version.
     */
    public Plan save(Plan plan) {
        return db.inTransaction(tx -> save(tx, plan));
    }

    /**
     * Saves the document of a stored plan: the plan row (header, texts, signature, kind, status,
     * version) and its legal bases, outline and recipients. Refused with {@link ConcurrentEditException}
     * when the plan changed since {@code plan.rowVersion()} was read; refused when it is issued.
     */
    public Plan saveDocument(Plan plan) {
        return db.inTransaction(tx -> saveDocument(tx, plan));
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
                    .set(PLAN.UPDATED_AT, LocalDateTime.now()).set(PLAN.ROW_VERSION, PLAN.ROW_VERSION.plus(1))
                    .where(PLAN.ID.eq(id)).execute();
            Audit.record(tx, "ISSUE", "plan", id, number + "/" + plan.header().symbol());
            return find(tx, id).orElseThrow();
        });
    }

    public void delete(long id) {
        db.inTransaction(tx -> {
            tx.update(PLAN).setNull(PLAN.PREVIOUS_VERSION_ID).set(PLAN.ROW_VERSION, PLAN.ROW_VERSION.plus(1))
                    .where(PLAN.PREVIOUS_VERSION_ID.eq(id)).execute();
            int n = tx.deleteFrom(PLAN).where(PLAN.ID.eq(id)).execute();
            if (n == 0) {
                throw new UserError("plan.error.notFound", id);
            }
            Audit.record(tx, "DELETE", "plan", id, null);
            return null;
        });
    }

    static Plan save(DSLContext tx, Plan plan) {
        return plan.id() == null ? insert(tx, plan) : saveDocument(tx, plan);
    }

    /** Inserts a new plan with all it holds: outline, recipients, tasks, conference (import, copy, template). */
    static Plan insert(DSLContext tx, Plan plan) {
        InputRules.check(plan);
        if (plan.id() != null) {
            throw new IllegalArgumentException("plan already stored: " + plan.id());
        }
        PlanRecord r = tx.newRecord(PLAN);
        fill(r, plan);
        r.setCreatedAt(LocalDateTime.now());
        r.store();
        long id = r.getId();
        insertDocumentChildren(tx, id, plan);
        for (int i = 0; i < plan.tasks().size(); i++) {
            TaskRepository.insert(tx, id, i, plan.tasks().get(i));
        }
        if (plan.conference() != null) {
            ConferenceRepository.insert(tx, id, plan.conference());
        }
        Audit.record(tx, "INSERT", "plan", id, plan.numberAndSymbol() + " " + plan.title());
        return find(tx, id).orElseThrow();
    }

    static Plan saveDocument(DSLContext tx, Plan plan) {
        InputRules.check(plan);
        long id = plan.id();
        var stored = tx.select(PLAN.STATUS, PLAN.ROW_VERSION, PLAN.TITLE).from(PLAN).where(PLAN.ID.eq(id)).fetchOne();
        if (stored == null || stored.value2() != plan.rowVersion()) {
            throw ConcurrentEditException.of(tx, "plan", id, stored == null ? plan.title() : stored.value3(),
                    stored != null);
        }
        if (PlanStatus.valueOf(stored.value1()) == PlanStatus.ISSUED) {
            throw new UserError("plan.error.issuedFrozen", plan.numberAndSymbol());
        }
        PlanRecord r = tx.newRecord(PLAN);
        fill(r, plan);
        RowVersions.update(tx, r, PLAN.ID, id, PLAN.ROW_VERSION, plan.rowVersion(), "plan", plan.title());
        tx.deleteFrom(PLAN_LEGAL_BASIS).where(PLAN_LEGAL_BASIS.PLAN_ID.eq(id)).execute();
        tx.deleteFrom(PLAN_APPENDIX).where(PLAN_APPENDIX.PLAN_ID.eq(id)).execute();
        tx.deleteFrom(PLAN_SECTION).where(PLAN_SECTION.PLAN_ID.eq(id)).execute();
        tx.deleteFrom(PLAN_RECIPIENT).where(PLAN_RECIPIENT.PLAN_ID.eq(id)).execute();
        insertDocumentChildren(tx, id, plan);
        Audit.record(tx, "UPDATE", "plan", id, plan.numberAndSymbol() + " " + plan.title());
        return find(tx, id).orElseThrow();
    }

    /** Copies the plan's own fields (not id, created-at nor row version) into the record. */
    private static void fill(PlanRecord r, Plan plan) {
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
    }

    /** Legal bases, outline, recipients and appendices: the document's children, which nothing else refers to. */
    private static void insertDocumentChildren(DSLContext tx, long planId, Plan plan) {
        for (int i = 0; i < plan.appendices().size(); i++) {
            Appendix a = plan.appendices().get(i);
            tx.insertInto(PLAN_APPENDIX).set(PLAN_APPENDIX.PLAN_ID, planId).set(PLAN_APPENDIX.POSITION, i)
                    .set(PLAN_APPENDIX.KIND, a.kind().name()).set(PLAN_APPENDIX.ENABLED, a.enabled())
                    .set(PLAN_APPENDIX.TITLE, a.title()).set(PLAN_APPENDIX.TABLE_TEXT, TableText.format(a.table()))
                    .execute();
        }
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
            r.setTableText(TableText.format(s.table()));
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
                r.getPreviousVersionId(), TaskRepository.ofPlan(dsl, id),
                ConferenceRepository.find(dsl, id), r.getRowVersion(), appendices(dsl, id)));
    }

    private static List<Appendix> appendices(DSLContext dsl, long planId) {
        return dsl.selectFrom(PLAN_APPENDIX).where(PLAN_APPENDIX.PLAN_ID.eq(planId)).orderBy(PLAN_APPENDIX.POSITION)
                .fetch(a -> new Appendix(AppendixKind.valueOf(a.getKind()), a.getEnabled(), a.getTitle(),
                        TableText.parse(a.getTableText())));
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
                    children(byParent, x.getId()), TableText.parse(x.getTableText())));
        }
        return out;
    }
}
