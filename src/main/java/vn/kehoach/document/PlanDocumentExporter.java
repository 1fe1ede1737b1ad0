package vn.kehoach.document;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import vn.kehoach.domain.Plan;
import vn.kehoach.domain.award.DecisionList;

/** Exports a plan in the official format as DOCX and PDF (one layout, two writers). */
public final class PlanDocumentExporter implements PlanExporter {
    private final PlanLayout layout;
    private final Function<Plan, List<DecisionList>> awardLists;
    private final UnaryOperator<Plan> printed;

    public PlanDocumentExporter(DirectoryLookup lookup) {
        this(lookup, plan -> List.of(), UnaryOperator.identity());
    }

    /**
     * {@code awardLists}: the decision lists of the plan's movements, each laid out as an appendix;
     * {@code printed}: the plan as printed, with sections bound to data filled from the data.
     */
    public PlanDocumentExporter(DirectoryLookup lookup, Function<Plan, List<DecisionList>> awardLists,
                                UnaryOperator<Plan> printed) {
        this.layout = new PlanLayout(Objects.requireNonNull(lookup));
        this.awardLists = Objects.requireNonNull(awardLists);
        this.printed = Objects.requireNonNull(printed);
    }

    public LaidOutDocument layout(Plan plan) {
        return layout.layout(printed.apply(plan), awardLists.apply(plan));
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
