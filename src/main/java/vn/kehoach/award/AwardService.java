package vn.kehoach.award;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.kehoach.document.DecisionListLayout;
import vn.kehoach.document.DocxWriter;
import vn.kehoach.document.LaidOutDocument;
import vn.kehoach.document.PdfWriter;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.award.CheckResult;
import vn.kehoach.domain.award.DecisionList;
import vn.kehoach.domain.award.NominationQuotaCheck;
import vn.kehoach.domain.award.PrizeCalculator;
import vn.kehoach.store.AwardRepository;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.store.PlanRepository;

/**
 * The award register's work over one database: checks, imports, the decision list. Used by the
 * CLI and the window; {@code AppContext.awardService()} wires it.
 */
public final class AwardService {
    private final AwardRepository awards;
    private final OrganizationRepository organizations;
    private final PlanRepository plans;
    /** The official-format layout, fed with the directory as it is when the document is made. */
    private final Supplier<DecisionListLayout> decisionListLayout;

    public AwardService(AwardRepository awards, OrganizationRepository organizations, PlanRepository plans,
            Supplier<DecisionListLayout> decisionListLayout) {
        this.awards = awards;
        this.organizations = organizations;
        this.plans = plans;
        this.decisionListLayout = decisionListLayout;
    }

    public Movement movement(long id) {
        return awards.movements().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new UserError("award.error.movementNotFound", id));
    }

    public NominationQuotaCheck checker(Movement movement) {
        return new NominationQuotaCheck(movement, organizations.all(), awards.forms());
    }

    public CheckResult check(long movementId) {
        return checker(movement(movementId)).check(awards.nominations(movementId));
    }

    /** Reads a filled template; saves every row in one transaction, or nothing when any row is bad. */
    public ImportReport importNominations(long movementId, Path file, boolean allowDuplicates) {
        movement(movementId);
        List<Organization> directory = organizations.all();
        List<AwardForm> forms = awards.forms();
        NominationXlsx.Parsed parsed = NominationXlsx.read(file, movementId, directory, forms,
                awards.nominations(movementId), allowDuplicates);
        if (!parsed.ok()) {
            return new ImportReport(parsed.rows(), List.of());
        }
        return new ImportReport(parsed.rows(), awards.saveNominations(parsed.nominations()));
    }

    /**
     * The decision list of a movement — the rows any renderer needs (XLSX here; DOCX/PDF in the
     * official format can render the same object). {@code asOf}: the expected decision date for
     * nominations not decided yet.
     */
    public DecisionList decisionList(long movementId, LocalDate asOf) {
        Movement m = movement(movementId);
        return DecisionList.build(m.name(), awards.nominations(movementId), awards.forms(),
                organizations.all(), new PrizeCalculator(awards.baseSalaries()), asOf);
    }

    public void writeTemplate(Path out) {
        NominationXlsx.writeTemplate(out, awards.forms());
    }

    public void exportDecisionListXlsx(long movementId, LocalDate asOf, Path out) {
        DecisionListXlsx.write(decisionList(movementId, asOf), out);
    }

    /**
     * The decision list as a document of its own in the official format (DOCX or PDF), issued by
     * the body that issued the movement's plan, with that plan's signature and archive line.
     */
    public void exportDecisionListDocument(long movementId, LocalDate asOf, Path out, boolean pdf) {
        Movement m = movement(movementId);
        if (m.planId() == null) {
            throw new UserError("preview.awards.noPlan", m.name());
        }
        Plan plan = plans.get(m.planId());
        LaidOutDocument doc = decisionListLayout.get().layout(decisionList(movementId, asOf), m, plan);
        if (pdf) {
            new PdfWriter().write(doc, out);
        } else {
            new DocxWriter().write(doc, out);
        }
    }

    /** Nomination saved with the prize for its decision date filled in when decided. */
    public Nomination save(Nomination n) {
        return awards.saveNomination(n);
    }
}
