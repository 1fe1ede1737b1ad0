package vn.kehoach.award;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
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

/** The award register's work over one database: checks, imports, the decision list. Used by the CLI and the window. */
public final class AwardService {
    private final AppContext ctx;

    public AwardService(AppContext ctx) {
        this.ctx = ctx;
    }

    public Movement movement(long id) {
        return ctx.awards().movements().stream().filter(m -> m.id() == id).findFirst()
                .orElseThrow(() -> new UserError("award.error.movementNotFound", id));
    }

    public NominationQuotaCheck checker(Movement movement) {
        return new NominationQuotaCheck(movement, ctx.organizations().all(), ctx.awards().forms());
    }

    public CheckResult check(long movementId) {
        return checker(movement(movementId)).check(ctx.awards().nominations(movementId));
    }

    /** Reads a filled template; saves every row in one transaction, or nothing when any row is bad. */
    public ImportReport importNominations(long movementId, Path file, boolean allowDuplicates) {
        movement(movementId);
        List<Organization> directory = ctx.organizations().all();
        List<AwardForm> forms = ctx.awards().forms();
        NominationXlsx.Parsed parsed = NominationXlsx.read(file, movementId, directory, forms,
                ctx.awards().nominations(movementId), allowDuplicates);
        if (!parsed.ok()) {
            return new ImportReport(parsed.rows(), List.of());
        }
        return new ImportReport(parsed.rows(), ctx.awards().saveNominations(parsed.nominations()));
    }

    /**
     * The decision list of a movement — the rows any renderer needs (XLSX here; DOCX/PDF in the
     * official format can render the same object). {@code asOf}: the expected decision date for
     * nominations not decided yet.
     */
    public DecisionList decisionList(long movementId, LocalDate asOf) {
        Movement m = movement(movementId);
        return DecisionList.build(m.name(), ctx.awards().nominations(movementId), ctx.awards().forms(),
                ctx.organizations().all(), new PrizeCalculator(ctx.awards().baseSalaries()), asOf);
    }

    public void writeTemplate(Path out) {
        NominationXlsx.writeTemplate(out, ctx.awards().forms());
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
        Plan plan = ctx.plans().get(m.planId());
        LaidOutDocument doc = Documents.of(ctx).decisionList().layout(decisionList(movementId, asOf), m, plan);
        if (pdf) {
            new PdfWriter().write(doc, out);
        } else {
            new DocxWriter().write(doc, out);
        }
    }

    /** Nomination saved with the prize for its decision date filled in when decided. */
    public Nomination save(Nomination n) {
        return ctx.awards().saveNomination(n);
    }
}
