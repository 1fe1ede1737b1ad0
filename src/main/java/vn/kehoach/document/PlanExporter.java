package vn.kehoach.document;

import java.nio.file.Path;
import vn.kehoach.domain.Plan;

/** Something that writes a document about a plan as DOCX or PDF (the plan itself, its distribution list). */
public interface PlanExporter {
    /** The two formats a document leaves the office in. */
    enum Format { DOCX, PDF }

    void exportDocx(Plan plan, Path target);

    void exportPdf(Plan plan, Path target);

    default void export(Plan plan, Format format, Path target) {
        if (format == Format.DOCX) {
            exportDocx(plan, target);
        } else {
            exportPdf(plan, target);
        }
    }
}
