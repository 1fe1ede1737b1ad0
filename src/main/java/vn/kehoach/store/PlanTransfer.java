package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.ISSUED_NUMBER;
import static vn.kehoach.store.jooq.Tables.PLAN;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.UserError;
import vn.kehoach.store.planfile.ImportedPlan;
import vn.kehoach.store.planfile.InMemoryDirectory;
import vn.kehoach.store.planfile.PlanFile;
import vn.kehoach.store.planfile.PlanFileCodec;
import vn.kehoach.store.planfile.PlanFileMapper;

/**
 * Plans travelling between offices as plan files. An import is one transaction: the bodies
 * and recipient groups the file names and the directory lacks are added (and reported), then the plan, its
 * movements and nominations are saved — all of it, or nothing.
 */
public final class PlanTransfer {
    private final Database db;

    public PlanTransfer(Database db) {
        this.db = db;
    }

    /** What an import stored, and which bodies and recipient groups it had to add to the directory. */
    public record Imported(Plan plan, List<Movement> movements, List<Nomination> nominations,
                           List<Organization> addedBodies, List<RecipientGroup> addedGroups) {}

    public Imported importFile(Path file) {
        return importFile(file, false);
    }

    /**
     * Imports a plan file. An issued plan takes its number in the register, in the same transaction;
     * when another plan holds that number the import is refused, naming that plan. With
     * {@code asDraft} the plan comes in as a draft without number or date of issue.
     */
    public Imported importFile(Path file, boolean asDraft) {
        PlanFile parsed = PlanFileCodec.read(file);
        return db.inTransaction(tx -> importInto(tx, parsed, asDraft));
    }

    public Imported importPlan(PlanFile file) {
        return db.inTransaction(tx -> importInto(tx, file, false));
    }

    static Imported importInto(DSLContext tx, PlanFile file, boolean asDraft) {
        InMemoryDirectory dir = directory(tx);
        ImportedPlan imported = PlanFileMapper.fromFile(file, dir);
        Plan incoming = imported.plan().withId(null).withRowVersion(0);
        if (asDraft) {
            incoming = incoming.withStatus(PlanStatus.DRAFT).withHeader(incoming.header().withNumberAndDate(null, null));
        }
        PlanHeader h = incoming.header();
        boolean register = incoming.status() == PlanStatus.ISSUED && h.number() != null && h.year() != null;
        if (register) {
            refuseTakenNumber(tx, h.symbol(), h.year(), h.number());
        }
        Plan plan = PlanRepository.insert(tx, incoming);
        if (register) {
            LocalDate issuedOn = h.issueDate() != null ? h.issueDate() : LocalDate.of(h.year(), 1, 1);
            NumberRegister.take(tx, h.symbol(), h.year(), h.number(), plan.id(), issuedOn);
        }
        List<Movement> movements = new ArrayList<>();
        for (Movement m : imported.movements()) {
            movements.add(AwardRepository.saveMovement(tx, m.withId(null).withPlanId(plan.id())));
        }
        List<Nomination> nominations = new ArrayList<>();
        for (Nomination n : imported.nominations()) {
            int index = imported.movements().indexOf(imported.movementOf(n));
            nominations.add(AwardRepository.saveNomination(tx, n.withMovementId(movements.get(index).id())));
        }
        return new Imported(plan, movements, nominations, dir.createdBodies(), dir.createdGroups());
    }

    /** Refuses a number of the register already taken, naming the plan that holds it when there is one. */
    private static void refuseTakenNumber(DSLContext tx, String symbol, int year, int number) {
        int outside = NumberRegister.lastOutside(tx, symbol, year);
        if (number <= outside) {
            throw new UserError("db.conflict.numberOutside", NumberFormatting.number(number), symbol,
                    String.valueOf(year), NumberFormatting.number(outside));
        }
        var taken = tx.select(ISSUED_NUMBER.PLAN_ID, PLAN.TITLE).from(ISSUED_NUMBER)
                .leftJoin(PLAN).on(PLAN.ID.eq(ISSUED_NUMBER.PLAN_ID))
                .where(ISSUED_NUMBER.SYMBOL.eq(symbol), ISSUED_NUMBER.ISSUE_YEAR.eq(year),
                        ISSUED_NUMBER.NUMBER.eq(number))
                .fetchOne();
        if (taken == null) {
            return;
        }
        String shown = NumberFormatting.number(number);
        if (taken.value1() == null || taken.value2() == null) {
            throw new UserError("db.conflict.numberTaken", shown, symbol, String.valueOf(year));
        }
        throw new UserError("db.conflict.numberHeld", shown, symbol, String.valueOf(year), taken.value2(),
                taken.value1());
    }

    /** Writes a plan with its movements and nominations to a plan file (atomically). */
    public void exportFile(long planId, Path out) {
        PlanFile file = db.read(dsl -> toFile(dsl, planId));
        PlanFileCodec.write(file, out);
    }

    public PlanFile toFile(long planId) {
        return db.read(dsl -> toFile(dsl, planId));
    }

    private static PlanFile toFile(DSLContext dsl, long planId) {
        Plan plan = PlanRepository.find(dsl, planId).orElseThrow(() -> new UserError("plan.error.notFound", planId));
        List<Movement> movements = AwardRepository.movementsOfPlan(dsl, planId);
        List<Nomination> nominations = new ArrayList<>();
        movements.forEach(m -> nominations.addAll(AwardRepository.nominations(dsl, m.id())));
        return PlanFileMapper.toFile(plan, movements, nominations, directory(dsl));
    }

    /** The database's directory as a resolver; a body it lacks is saved in the same transaction. */
    static InMemoryDirectory directory(DSLContext tx) {
        InMemoryDirectory dir = new InMemoryDirectory(o -> OrganizationRepository.save(tx, o),
                g -> RecipientGroupRepository.save(tx, g));
        OrganizationRepository.all(tx).forEach(dir::put);
        RecipientGroupRepository.all(tx).forEach(dir::put);
        AwardRepository.forms(tx).forEach(dir::put);
        PersonRepository.all(tx).forEach(dir::put);
        return dir;
    }
}
