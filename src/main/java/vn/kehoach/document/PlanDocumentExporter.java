package vn.kehoach.document;

import java.nio.file.Path;
import java.util.Objects;

import vn.kehoach.domain.Plan;

/** Exports a plan in the official format as DOCX and PDF (one layout, two writers). */
public final class PlanDocumentExporter {
    private final PlanLayout layout;

    public PlanDocumentExporter(DirectoryLookup lookup) {
        this.layout = new PlanLayout(Objects.requireNonNull(lookup));
    }

    public LaidOutDocument layout(Plan plan) {
        return layout.layout(plan);
    }

    /** Writes the DOCX atomically; a target open elsewhere gives a {@link vn.kehoach.domain.UserError}. */
    public void exportDocx(Plan plan, Path target) {
        new DocxWriter().write(layout.layout(plan), target);
    }

    /** Writes the PDF atomically; a target open elsewhere gives a {@link vn.kehoach.domain.UserError}. */
    public void exportPdf(Plan plan, Path target) {
        new PdfWriter().write(layout.layout(plan), target);
    }
}
