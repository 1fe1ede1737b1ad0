package vn.kehoach.store;

import vn.kehoach.domain.InputRules;
import static vn.kehoach.store.jooq.Tables.AWARD_FORM;
import static vn.kehoach.store.jooq.Tables.BASE_SALARY;
import static vn.kehoach.store.jooq.Tables.MOVEMENT;
import static vn.kehoach.store.jooq.Tables.NOMINATION;
import static vn.kehoach.store.jooq.Tables.NOMINATION_DEADLINE;
import static vn.kehoach.store.jooq.Tables.QUOTA_RULE;

import java.util.List;
import org.jooq.DSLContext;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.jooq.tables.records.AwardFormRecord;
import vn.kehoach.store.jooq.tables.records.MovementRecord;
import vn.kehoach.store.jooq.tables.records.NominationRecord;

/** Award forms, base salaries, movements with their rules, and nominations. */
public final class AwardRepository {
    private final Database db;

    public AwardRepository(Database db) {
        this.db = db;
    }

    // ------------------------------------------------------------ award forms and salaries

    public List<AwardForm> forms() {
        return db.read(AwardRepository::forms);
    }

    static List<AwardForm> forms(DSLContext dsl) {
        return dsl.selectFrom(AWARD_FORM).orderBy(AWARD_FORM.SORT_ORDER, AWARD_FORM.ID).fetch(AwardRepository::toDomain);
    }

    public AwardForm saveForm(AwardForm f) {
        return db.inTransaction(tx -> saveForm(tx, f));
    }

    static AwardForm saveForm(DSLContext tx, AwardForm f) {
        InputRules.check(f);
        AwardFormRecord r = f.id() == null ? tx.newRecord(AWARD_FORM) : tx.fetchOne(AWARD_FORM, AWARD_FORM.ID.eq(f.id()));
        r.setName(f.name());
        r.setLevel(f.level().name());
        r.setGiver(f.giver());
        r.setIndividualMultiple(f.individualMultiple());
        r.setCollectiveMultiple(f.collectiveMultiple());
        r.setLegalBasis(f.legalBasis());
        r.setValidFrom(f.validFrom());
        r.setValidUntil(f.validUntil());
        r.setSortOrder(f.sortOrder());
        r.store();
        Audit.record(tx, f.id() == null ? "INSERT" : "UPDATE", "award_form", r.getId(), f.name());
        return toDomain(r);
    }

    private static AwardForm toDomain(AwardFormRecord r) {
        return new AwardForm(r.getId(), r.getName(), Level.valueOf(r.getLevel()), r.getGiver(),
                r.getIndividualMultiple(), r.getCollectiveMultiple(), r.getLegalBasis(), r.getValidFrom(),
                r.getValidUntil(), r.getSortOrder());
    }

    public List<BaseSalary> baseSalaries() {
        return db.read(dsl -> dsl.selectFrom(BASE_SALARY).orderBy(BASE_SALARY.VALID_FROM)
                .fetch(r -> new BaseSalary(r.getValidFrom(), r.getAmount())));
    }

    public void saveBaseSalary(BaseSalary s) {
        db.inTransaction(tx -> saveBaseSalary(tx, s));
    }

    static Void saveBaseSalary(DSLContext tx, BaseSalary s) {
        tx.mergeInto(BASE_SALARY).using(tx.selectOne()).on(BASE_SALARY.VALID_FROM.eq(s.validFrom()))
                .whenMatchedThenUpdate().set(BASE_SALARY.AMOUNT, s.amount())
                .whenNotMatchedThenInsert(BASE_SALARY.VALID_FROM, BASE_SALARY.AMOUNT)
                .values(s.validFrom(), s.amount()).execute();
        Audit.record(tx, "UPSERT", "base_salary", null, s.validFrom() + " " + s.amount());
        return null;
    }

    // ------------------------------------------------------------ movements

    public List<Movement> movements() {
        return db.read(dsl -> dsl.selectFrom(MOVEMENT).orderBy(MOVEMENT.START_YEAR.desc(), MOVEMENT.ID)
                .fetch(m -> movement(dsl, m)));
    }

    public List<Movement> movementsOfPlan(long planId) {
        return db.read(dsl -> movementsOfPlan(dsl, planId));
    }

    /** The rules of the plan's (first) movement with the award forms, for its award-forms section. */
    public vn.kehoach.domain.AwardRules awardRules(Long planId) {
        if (planId == null) {
            return vn.kehoach.domain.AwardRules.none();
        }
        return db.read(dsl -> movementsOfPlan(dsl, planId).stream().findFirst()
                .map(m -> new vn.kehoach.domain.AwardRules(m, forms(dsl)))
                .orElse(vn.kehoach.domain.AwardRules.none()));
    }

    static List<Movement> movementsOfPlan(DSLContext dsl, long planId) {
        return dsl.selectFrom(MOVEMENT).where(MOVEMENT.PLAN_ID.eq(planId)).orderBy(MOVEMENT.ID)
                .fetch(m -> movement(dsl, m));
    }

    public Movement saveMovement(Movement m) {
        return db.inTransaction(tx -> saveMovement(tx, m));
    }

    static Movement saveMovement(DSLContext tx, Movement m) {
        InputRules.check(m);
        MovementRecord r = m.id() == null ? tx.newRecord(MOVEMENT) : tx.fetchOne(MOVEMENT, MOVEMENT.ID.eq(m.id()));
        if (r == null) {
            throw new UserError("award.error.movementNotFound", m.id());
        }
        r.setName(m.name());
        r.setPlanId(m.planId());
        r.setStartYear(m.startYear());
        r.setEndYear(m.endYear());
        r.setStandingAgencyId(m.standingAgencyId());
        r.store();
        long id = r.getId();
        tx.deleteFrom(QUOTA_RULE).where(QUOTA_RULE.MOVEMENT_ID.eq(id)).execute();
        tx.deleteFrom(NOMINATION_DEADLINE).where(NOMINATION_DEADLINE.MOVEMENT_ID.eq(id)).execute();
        for (int i = 0; i < m.quotaRules().size(); i++) {
            QuotaRule q = m.quotaRules().get(i);
            tx.insertInto(QUOTA_RULE).set(QUOTA_RULE.MOVEMENT_ID, id).set(QUOTA_RULE.POSITION, i)
                    .set(QUOTA_RULE.RULE_KIND, q.kind().name()).set(QUOTA_RULE.AWARD_FORM_ID, q.awardFormId())
                    .set(QUOTA_RULE.NOMINEE_KIND, q.nomineeKind() == null ? null : q.nomineeKind().name())
                    .set(QUOTA_RULE.SCOPE_LEVEL, q.scopeLevel() == null ? null : q.scopeLevel().name())
                    .set(QUOTA_RULE.REQUIRES_STANDARD, q.requiresStandard()).set(QUOTA_RULE.MAX_COUNT, q.maxCount())
                    .set(QUOTA_RULE.ORGANIZATION_ID, q.organizationId()).set(QUOTA_RULE.MIN_AMOUNT, q.minAmount())
                    .set(QUOTA_RULE.DESCRIPTION, q.description()).execute();
        }
        for (int i = 0; i < m.deadlines().size(); i++) {
            NominationDeadline d = m.deadlines().get(i);
            tx.insertInto(NOMINATION_DEADLINE).set(NOMINATION_DEADLINE.MOVEMENT_ID, id)
                    .set(NOMINATION_DEADLINE.POSITION, i).set(NOMINATION_DEADLINE.FROM_LEVEL, d.fromLevel().name())
                    .set(NOMINATION_DEADLINE.TO_BODY, d.toBody()).set(NOMINATION_DEADLINE.DUE_MONTH, d.month())
                    .set(NOMINATION_DEADLINE.DUE_DAY, d.day()).set(NOMINATION_DEADLINE.DESCRIPTION, d.description())
                    .set(NOMINATION_DEADLINE.FROM_ORGANIZATION_ID, d.fromOrganizationId()).execute();
        }
        Audit.record(tx, m.id() == null ? "INSERT" : "UPDATE", "movement", id, m.name());
        return movement(tx, tx.fetchOne(MOVEMENT, MOVEMENT.ID.eq(id)));
    }

    private static Movement movement(DSLContext dsl, MovementRecord m) {
        List<QuotaRule> rules = dsl.selectFrom(QUOTA_RULE).where(QUOTA_RULE.MOVEMENT_ID.eq(m.getId()))
                .orderBy(QUOTA_RULE.POSITION)
                .fetch(q -> new QuotaRule(q.getId(), QuotaRuleKind.valueOf(q.getRuleKind()), q.getAwardFormId(),
                        q.getNomineeKind() == null ? null : NomineeKind.valueOf(q.getNomineeKind()),
                        q.getScopeLevel() == null ? null : Level.valueOf(q.getScopeLevel()), q.getRequiresStandard(),
                        q.getMaxCount(), q.getOrganizationId(), q.getMinAmount(), q.getDescription()));
        List<NominationDeadline> deadlines = dsl.selectFrom(NOMINATION_DEADLINE)
                .where(NOMINATION_DEADLINE.MOVEMENT_ID.eq(m.getId())).orderBy(NOMINATION_DEADLINE.POSITION)
                .fetch(d -> new NominationDeadline(d.getId(), Level.valueOf(d.getFromLevel()), d.getToBody(),
                        d.getDueMonth(), d.getDueDay(), d.getDescription(), d.getFromOrganizationId()));
        return new Movement(m.getId(), m.getName(), m.getPlanId(), m.getStartYear(), m.getEndYear(),
                m.getStandingAgencyId(), rules, deadlines);
    }

    // ------------------------------------------------------------ nominations

    public List<Nomination> nominations(long movementId) {
        return db.read(dsl -> nominations(dsl, movementId));
    }

    static List<Nomination> nominations(DSLContext dsl, long movementId) {
        return dsl.selectFrom(NOMINATION).where(NOMINATION.MOVEMENT_ID.eq(movementId))
                .orderBy(NOMINATION.ID).fetch(AwardRepository::toDomain);
    }

    public Nomination saveNomination(Nomination n) {
        return db.inTransaction(tx -> saveNomination(tx, n));
    }

    /** Saves many nominations in one transaction: all of them or none. */
    public List<Nomination> saveNominations(List<Nomination> list) {
        return db.inTransaction(tx -> list.stream().map(n -> saveNomination(tx, n)).toList());
    }

    /**
     * Inserts a nomination (id null) or updates a stored one in place; an update is refused with
     * {@link ConcurrentEditException} when it changed since {@code n.rowVersion()} was read.
     */
    static Nomination saveNomination(DSLContext tx, Nomination n) {
        InputRules.check(n);
        NominationRecord r = tx.newRecord(NOMINATION);
        r.setMovementId(n.movementId());
        r.setNomineeKind(n.nomineeKind().name());
        r.setNomineeName(n.nomineeName());
        r.setPositionTitle(n.positionTitle());
        r.setUnitId(n.unitId());
        r.setDistrictId(n.districtId());
        r.setCommuneId(n.communeId());
        r.setVillageId(n.villageId());
        r.setAchievement(n.achievement());
        r.setAwardFormId(n.awardFormId());
        r.setProposingBodyId(n.proposingBodyId());
        r.setReceivedDate(n.receivedDate());
        r.setStatus(n.status().name());
        r.setReturnReason(n.returnReason());
        r.setDecisionNumber(n.decisionNumber());
        r.setDecisionDate(n.decisionDate());
        r.setPrizeAmount(n.prizeAmount());
        r.setContributionAmount(n.contributionAmount());
        r.setExemplary(n.exemplary());
        if (n.id() == null) {
            r.store();
            Audit.record(tx, "INSERT", "nomination", r.getId(), n.nomineeName());
            return n.withId(r.getId()).withRowVersion(0);
        }
        RowVersions.update(tx, r, NOMINATION.ID, n.id(), NOMINATION.ROW_VERSION, n.rowVersion(), "nomination",
                n.nomineeName());
        Audit.record(tx, "UPDATE", "nomination", n.id(), n.nomineeName());
        return n.withRowVersion(n.rowVersion() + 1);
    }

    /** Deletes one nomination. */
    public void deleteNomination(long id) {
        db.inTransaction(tx -> {
            int n = tx.deleteFrom(NOMINATION).where(NOMINATION.ID.eq(id)).execute();
            if (n == 0) {
                throw new UserError("award.error.nominationNotFound", id);
            }
            Audit.record(tx, "DELETE", "nomination", id, null);
            return null;
        });
    }

    private static Nomination toDomain(NominationRecord r) {
        return new Nomination(r.getId(), r.getMovementId(), NomineeKind.valueOf(r.getNomineeKind()), r.getNomineeName(),
                r.getPositionTitle(), r.getUnitId(), r.getDistrictId(), r.getCommuneId(), r.getVillageId(),
                r.getAchievement(), r.getAwardFormId(), r.getProposingBodyId(), r.getReceivedDate(),
                NominationStatus.valueOf(r.getStatus()), r.getReturnReason(), r.getDecisionNumber(),
                r.getDecisionDate(), r.getPrizeAmount(), r.getContributionAmount(), r.getExemplary(),
                r.getRowVersion());
    }
}
