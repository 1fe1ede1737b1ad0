package vn.kehoach.ui.preview;

import java.nio.file.Path;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.domain.Plan;

/**
 * What the print preview writes for one plan. Every method reads the database and writes a file:
 * call it off the JavaFX thread.
 */
public interface PlanDocuments {
    /** The plan's title, for the window. */
    String title();

    void writePdf(Path target);

    void writeDocx(Path target);

    void writeDistributionDocx(Path target);

    void writeDistributionPdf(Path target);

    /** The plan {@code planId} of the open database, read again (with the directory) on every call. */
    static PlanDocuments of(AppContext ctx, long planId) {
        return new PlanDocuments() {
            private Plan plan() {
                return ctx.plans().get(planId);
            }

            @Override
            public String title() {
                return plan().title();
            }

            @Override
            public void writePdf(Path target) {
                Documents.of(ctx).plan().exportPdf(plan(), target);
            }

            @Override
            public void writeDocx(Path target) {
                Documents.of(ctx).plan().exportDocx(plan(), target);
            }

            @Override
            public void writeDistributionDocx(Path target) {
                Documents.of(ctx).distribution().exportDocx(plan(), target);
            }

            @Override
            public void writeDistributionPdf(Path target) {
                Documents.of(ctx).distribution().exportPdf(plan(), target);
            }
        };
    }
}
