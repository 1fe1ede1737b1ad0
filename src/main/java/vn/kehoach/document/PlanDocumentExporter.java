package vn.kehoach.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import vn.kehoach.domain.Plan;
import vn.kehoach.domain.award.DecisionList;

/** Exports a plan in the official format as DOCX and PDF (one layout, two writers). */
public final class PlanDocumentExporter implements PlanExporter {
    private final PlanLayout layout;
    private final Function<Plan, List<DecisionList>> awardLists;

    public PlanDocumentExporter(DirectoryLookup lookup) {
        this(lookup, plan -> List.of());
    }

    /** {@code awardLists}: the decision lists of the plan's movements, each laid out as an appendix. */
    public PlanDocumentExporter(DirectoryLookup lookup, Function<Plan, List<DecisionList>> awardLists) {
        this.layout = new PlanLayout(Objects.requireNonNull(lookup));
        this.awardLists = Objects.requireNonNull(awardLists);
    }

    public LaidOutDocument layout(Plan plan) {
        return layout.layout(plan, awardLists.apply(plan));
    }

    /** Writes the DOCX atomically; a target open elsewhere gives a {@link vn.kehoach.domain.UserError}. */
    @Override
    public void exportDocx(Plan plan, Path target) {
        new DocxWriter().write(layout(plan), target);
    }

    /** Writes the PDF atomically; a target open elsewhere gives a {@link vn.kehoach.domain.UserError}. */
    @Override
    public void exportPdf(Plan plan, Path target) {
        new PdfWriter().write(layout(plan), target);
    }
}
