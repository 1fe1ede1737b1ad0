package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.AGENDA_ITEM;
import static vn.kehoach.store.jooq.Tables.ISSUED_NUMBER;
import static vn.kehoach.store.jooq.Tables.MOVEMENT;
import static vn.kehoach.store.jooq.Tables.NOMINATION;
import static vn.kehoach.store.jooq.Tables.NOMINATION_DEADLINE;
import static vn.kehoach.store.jooq.Tables.OFFICE_SETTING;
import static vn.kehoach.store.jooq.Tables.ORGANIZATION;
import static vn.kehoach.store.jooq.Tables.PERSON;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.PLAN_RECIPIENT;
import static vn.kehoach.store.jooq.Tables.QUOTA_RULE;
import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP;
import static vn.kehoach.store.jooq.Tables.RECIPIENT_GROUP_MEMBER;
import static vn.kehoach.store.jooq.Tables.REGISTER_START;
import static vn.kehoach.store.jooq.Tables.SAMPLE_RECORD;
import static vn.kehoach.store.jooq.Tables.TASK;
import static vn.kehoach.store.jooq.Tables.TASK_SUPPORTING_UNIT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.PlanDefaults;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.planfile.DirectoryFile;
import vn.kehoach.store.planfile.DirectoryFileCodec;

/**
 * How a database becomes an office's own: started empty for one province (its People's Committee,
 * the provinces merged into it in 2025 as ended bodies, the award forms and base salaries of the
 * law, optionally the office's directory from Excel), or filled with the sample data and later
 * emptied of it. The sample loader records what it inserted in {@code sample_record}, so that
 * removing the sample takes exactly that — and keeps any body that something typed by the office uses.
 */
public final class OfficeSetup {
    /** Settings of {@code office_setting}. */
    public static final String PROVINCE = "province";
    public static final String PLACE = "place";
    /** The body and the person new plans start with: the first ones the wizard added. */
    public static final String DEFAULT_ISSUING_BODY = "defaultIssuingBody";
    public static final String DEFAULT_SIGNER = "defaultSigner";
    /** How the database was started: {@link #STARTED_OFFICE} or {@link #STARTED_SAMPLE}. */
    public static final String STARTED = "started";
    public static final String STARTED_OFFICE = "office";
    public static final String STARTED_SAMPLE = "sample";

    private final Database db;

    public OfficeSetup(Database db) {
        this.db = db;
    }

    /** What {@link #start} created. */
    public record Started(Organization committee, List<Organization> mergedProvinces, int awardForms,
                          DirectoryTransfer.Result directory) {}

    /** What {@link #removeSample} removed. */
    public record Removed(int plans, int movements, int bodies, int people, int groups, int keptBodies) {}

    // ------------------------------------------------------------------ settings

    public Optional<String> setting(String name) {
        return db.read(dsl -> setting(dsl, name));
    }

    static Optional<String> setting(DSLContext dsl, String name) {
        return dsl.select(OFFICE_SETTING.SETTING_VALUE).from(OFFICE_SETTING)
                .where(OFFICE_SETTING.SETTING_NAME.eq(name)).fetchOptional(OFFICE_SETTING.SETTING_VALUE);
    }

    public void setSetting(String name, String value) {
        db.inTransaction(tx -> {
            setSetting(tx, name, value);
            return null;
        });
    }

    static void setSetting(DSLContext tx, String name, String value) {
        tx.mergeInto(OFFICE_SETTING).using(DSL.selectOne())
                .on(OFFICE_SETTING.SETTING_NAME.eq(name))
                .whenMatchedThenUpdate().set(OFFICE_SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(OFFICE_SETTING.SETTING_NAME, OFFICE_SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }

    /** True when the database holds no body and no plan (new, or started and left). */
    public boolean isEmpty() {
        return db.read(OfficeSetup::isEmpty);
    }

    static boolean isEmpty(DSLContext dsl) {
        return dsl.fetchCount(ORGANIZATION) == 0 && dsl.fetchCount(PLAN) == 0;
    }

    /**
     * True when the window must ask how to start: nothing was chosen yet and the database is empty.
     * Once sample data or an office is started, it never asks again.
     */
    public boolean needsStartChoice() {
        return db.read(dsl -> setting(dsl, STARTED).isEmpty() && isEmpty(dsl));
    }

    /** The bodies the sample loader created and that are still there (pickers show the office's own first). */
    public Set<Long> sampleBodyIds() {
        return db.read(dsl -> sampleIds(dsl, "organization"));
    }

    /** True when some sample data is still in the database. */
    public boolean hasSample() {
        return db.read(dsl -> dsl.fetchCount(SAMPLE_RECORD) > 0);
    }

    // ------------------------------------------------------------------ starting an office

    /**
     * Starts an empty database for an office of {@code province}: its People's Committee (named as
     * the province's issuing body), the provinces merged into it as bodies ended on 1 July 2025, the
     * award forms and base salaries, the place name, and the directory {@code sheet} when given. A
     * database holding bodies or plans is refused; a directory with a bad row too, with nothing written.
     */
    public Started start(Provinces.Province province, DirectorySheet sheet) {
        return db.inTransaction(tx -> {
            if (!isEmpty(tx)) {
                throw new UserError("cli.init.notEmpty", db.location().toString());
            }
            Organization committee = OrganizationRepository.save(tx, new Organization(null,
                    province.peoplesCommittee(), province.city() ? "UBND thành phố" : "UBND tỉnh", Level.PROVINCE,
                    OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", null, null, 0, null, null, null, null, null));
            List<Organization> merged = new ArrayList<>();
            int order = 1000;
            for (Provinces.Province old : Provinces.shipped().mergedInto(province)) {
                Organization o = OrganizationRepository.save(tx, new Organization(null, old.peoplesCommittee(),
                        "UBND " + (old.city() ? "thành phố " : "tỉnh ") + old.name(), Level.PROVINCE,
                        OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", null, null, order++, null,
                        old.validUntil(), committee.id(), null, null));
                merged.add(o);
            }
            DirectoryFile sampleFile = DirectoryFileCodec.sample();
            int forms = 0;
            for (AwardForm f : sampleFile.toDirectory().awardForms()) {
                AwardRepository.saveForm(tx, new AwardForm(null, f.name(), f.level(), f.giver(), f.individualMultiple(),
                        f.collectiveMultiple(), f.legalBasis(), f.validFrom(), f.validUntil(), f.sortOrder()));
                forms++;
            }
            for (BaseSalary s : sampleFile.baseSalaryList()) {
                AwardRepository.saveBaseSalary(tx, s);
            }
            DirectoryTransfer.Result directory = null;
            if (sheet != null) {
                directory = DirectoryTransfer.importInto(tx, sheet);
                if (!directory.ok()) {
                    throw new DirectoryRefused(directory);
                }
            }
            setSetting(tx, PROVINCE, province.name());
            setSetting(tx, PLACE, province.place());
            setSetting(tx, STARTED, STARTED_OFFICE);
            Audit.record(tx, "START_OFFICE", "office_setting", null, province.fullName());
            return new Started(committee, merged, forms, directory);
        });
    }

    /** The directory given to {@link #start} was refused: the transaction rolled back; the report is here. */
    public static final class DirectoryRefused extends UserError {
        private final transient DirectoryTransfer.Result result;

        DirectoryRefused(DirectoryTransfer.Result result) {
            super("directory.xlsx.refused", result.problems().size());
            this.result = result;
        }

        public DirectoryTransfer.Result result() {
            return result;
        }
    }

    /**
     * What the wizard of the window adds to a started office: issuing bodies under the province's
     * People's Committee, the signers with their titles, the place name used in dates.
     */
    public void addOfficeBodies(List<Organization> issuingBodies, List<Person> signers, String place) {
        db.inTransaction(tx -> {
            for (Organization o : issuingBodies) {
                Organization saved = OrganizationRepository.save(tx, o);
                if (setting(tx, DEFAULT_ISSUING_BODY).isEmpty()) {
                    setSetting(tx, DEFAULT_ISSUING_BODY, String.valueOf(saved.id()));
                }
            }
            for (Person p : signers) {
                Person saved = PersonRepository.save(tx, p);
                if (setting(tx, DEFAULT_SIGNER).isEmpty()) {
                    setSetting(tx, DEFAULT_SIGNER, String.valueOf(saved.id()));
                }
            }
            if (place != null && !place.isBlank()) {
                setSetting(tx, PLACE, vn.kehoach.domain.InputRules.text(vn.kehoach.domain.FieldRule.PLAN_PLACE, place));
            }
            return null;
        });
    }

    /**
     * What a new plan starts with: the office's default issuing body (its parent as governing body),
     * signer and place. A body or person deleted since is left out, not an error.
     */
    public PlanDefaults planDefaults() {
        return db.read(dsl -> {
            Organization issuing = setting(dsl, DEFAULT_ISSUING_BODY).flatMap(id -> OrganizationRepository
                    .find(dsl, Long.parseLong(id))).orElse(null);
            Organization governing = issuing == null || issuing.parentId() == null ? null
                    : OrganizationRepository.find(dsl, issuing.parentId()).orElse(null);
            Person signer = setting(dsl, DEFAULT_SIGNER).flatMap(id -> PersonRepository
                    .find(dsl, Long.parseLong(id))).orElse(null);
            return new PlanDefaults(governing, issuing, signer, setting(dsl, PLACE).orElse(null));
        });
    }

    // ------------------------------------------------------------------ sample data

    /** Records every row of the tables the sample loader fills as sample (the database was empty before). */
    static void recordSample(DSLContext tx) {
        record(tx, "organization", ORGANIZATION, ORGANIZATION.ID);
        record(tx, "person", PERSON, PERSON.ID);
        record(tx, "recipient_group", RECIPIENT_GROUP, RECIPIENT_GROUP.ID);
        record(tx, "plan", PLAN, PLAN.ID);
        record(tx, "movement", MOVEMENT, MOVEMENT.ID);
        setSetting(tx, STARTED, STARTED_SAMPLE);
    }

    private static void record(DSLContext tx, String entity, Table<?> table, Field<Long> id) {
        tx.insertInto(SAMPLE_RECORD, SAMPLE_RECORD.ENTITY, SAMPLE_RECORD.ENTITY_ID)
                .select(DSL.select(DSL.inline(entity), id).from(table)
                        .where(id.notIn(DSL.select(SAMPLE_RECORD.ENTITY_ID).from(SAMPLE_RECORD)
                                .where(SAMPLE_RECORD.ENTITY.eq(entity)))))
                .execute();
    }

    private static Set<Long> sampleIds(DSLContext tx, String entity) {
        return new HashSet<>(tx.select(SAMPLE_RECORD.ENTITY_ID).from(SAMPLE_RECORD)
                .where(SAMPLE_RECORD.ENTITY.eq(entity)).fetch(SAMPLE_RECORD.ENTITY_ID));
    }

    /**
     * Removes the sample data in one transaction: the sample plans (their tasks, conferences,
     * recipients go with them), their numbers in the register, the sample movements with their
     * nominations, and the sample bodies, signers and recipient groups that nothing else uses.
     * Plans, bodies and everything else the office typed stay, with any sample body they use
     * (and the bodies above it). Award forms and base salaries are the law's, not sample: they stay.
     */
    public Removed removeSample() {
        return db.inTransaction(tx -> {
            Set<Long> plans = sampleIds(tx, "plan");
            Set<Long> movements = sampleIds(tx, "movement");
            if (plans.isEmpty() && movements.isEmpty() && sampleIds(tx, "organization").isEmpty()) {
                throw new UserError("sample.remove.none");
            }
            // a plan of the office copied from a sample plan keeps its text, not the link
            tx.update(PLAN).setNull(PLAN.PREVIOUS_VERSION_ID)
                    .where(PLAN.PREVIOUS_VERSION_ID.in(plans), PLAN.ID.notIn(plans)).execute();
            tx.deleteFrom(ISSUED_NUMBER).where(ISSUED_NUMBER.PLAN_ID.in(plans)).execute();
            tx.deleteFrom(MOVEMENT).where(MOVEMENT.ID.in(movements)).execute();
            int plansRemoved = tx.deleteFrom(PLAN).where(PLAN.ID.in(plans)).execute();

            Set<Long> people = sampleIds(tx, "person");
            Set<Long> usedPeople = new HashSet<>(tx.select(PLAN.SIGNER_ID).from(PLAN).where(PLAN.SIGNER_ID.isNotNull())
                    .fetch(PLAN.SIGNER_ID));
            people.removeAll(usedPeople);
            tx.deleteFrom(PERSON).where(PERSON.ID.in(people)).execute();

            Set<Long> groups = sampleIds(tx, "recipient_group");
            groups.removeAll(tx.select(PLAN_RECIPIENT.GROUP_ID).from(PLAN_RECIPIENT)
                    .where(PLAN_RECIPIENT.GROUP_ID.isNotNull()).fetch(PLAN_RECIPIENT.GROUP_ID));
            tx.deleteFrom(RECIPIENT_GROUP).where(RECIPIENT_GROUP.ID.in(groups)).execute();

            Set<Long> bodies = sampleIds(tx, "organization");
            Set<Long> kept = usedBodies(tx);
            Map<Long, Organization> all = new HashMap<>();
            OrganizationRepository.all(tx).forEach(o -> all.put(o.id(), o));
            // bodies the office typed stay, and so do the bodies above them and those they were merged into
            all.values().stream().filter(o -> !bodies.contains(o.id())).forEach(o -> kept.add(o.id()));
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Long id : new ArrayList<>(kept)) {
                    Organization o = all.get(id);
                    if (o == null) {
                        continue;
                    }
                    if (o.parentId() != null && kept.add(o.parentId())) {
                        grew = true;
                    }
                    if (o.mergedIntoId() != null && kept.add(o.mergedIntoId())) {
                        grew = true;
                    }
                }
            }
            Set<Long> gone = new HashSet<>(bodies);
            gone.removeAll(kept);
            gone.retainAll(all.keySet());
            tx.update(ORGANIZATION).setNull(ORGANIZATION.PARENT_ID).setNull(ORGANIZATION.MERGED_INTO_ID)
                    .where(ORGANIZATION.ID.in(gone)).execute();
            tx.update(REGISTER_START).setNull(REGISTER_START.ISSUING_BODY_ID)
                    .where(REGISTER_START.ISSUING_BODY_ID.in(gone)).execute();
            int bodiesRemoved = tx.deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.in(gone)).execute();
            int keptSample = (int) bodies.stream().filter(kept::contains).count();

            tx.deleteFrom(SAMPLE_RECORD).execute();
            setSetting(tx, STARTED, STARTED_OFFICE);
            Audit.record(tx, "REMOVE_SAMPLE", "sample_record", null,
                    plansRemoved + " plans, " + bodiesRemoved + " bodies");
            return new Removed(plansRemoved, movements.size(), bodiesRemoved, people.size(), groups.size(), keptSample);
        });
    }

    /** Bodies that a remaining plan, task, agenda, group, signer, movement or nomination names. */
    private static Set<Long> usedBodies(DSLContext tx) {
        Set<Long> used = new HashSet<>();
        used.addAll(tx.select(PLAN.ISSUING_BODY_ID).from(PLAN).fetch(PLAN.ISSUING_BODY_ID));
        used.addAll(tx.select(PLAN.GOVERNING_BODY_ID).from(PLAN).fetch(PLAN.GOVERNING_BODY_ID));
        used.addAll(tx.select(PLAN_RECIPIENT.ORGANIZATION_ID).from(PLAN_RECIPIENT).fetch(PLAN_RECIPIENT.ORGANIZATION_ID));
        used.addAll(tx.select(TASK.LEAD_UNIT_ID).from(TASK).fetch(TASK.LEAD_UNIT_ID));
        used.addAll(tx.select(TASK_SUPPORTING_UNIT.ORGANIZATION_ID).from(TASK_SUPPORTING_UNIT)
                .fetch(TASK_SUPPORTING_UNIT.ORGANIZATION_ID));
        used.addAll(tx.select(AGENDA_ITEM.PRESENTER_ID).from(AGENDA_ITEM).fetch(AGENDA_ITEM.PRESENTER_ID));
        used.addAll(tx.select(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID).from(RECIPIENT_GROUP_MEMBER)
                .fetch(RECIPIENT_GROUP_MEMBER.ORGANIZATION_ID));
        used.addAll(tx.select(PERSON.ORGANIZATION_ID).from(PERSON).fetch(PERSON.ORGANIZATION_ID));
        used.addAll(tx.select(MOVEMENT.STANDING_AGENCY_ID).from(MOVEMENT).fetch(MOVEMENT.STANDING_AGENCY_ID));
        used.addAll(tx.select(QUOTA_RULE.ORGANIZATION_ID).from(QUOTA_RULE).fetch(QUOTA_RULE.ORGANIZATION_ID));
        used.addAll(tx.select(NOMINATION_DEADLINE.FROM_ORGANIZATION_ID).from(NOMINATION_DEADLINE)
                .fetch(NOMINATION_DEADLINE.FROM_ORGANIZATION_ID));
        for (Field<Long> f : List.of(NOMINATION.UNIT_ID, NOMINATION.DISTRICT_ID, NOMINATION.COMMUNE_ID,
                NOMINATION.VILLAGE_ID, NOMINATION.PROPOSING_BODY_ID)) {
            used.addAll(tx.select(f).from(NOMINATION).fetch(f));
        }
        used.remove(null);
        return used;
    }
}
