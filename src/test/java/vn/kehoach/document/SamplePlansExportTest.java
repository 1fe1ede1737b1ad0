package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.cli.KehoachCommand;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

/** The three sample plans leave the office in the official format. */
class SamplePlansExportTest {
    @TempDir
    Path temp;

    @Test
    void everySamplePlanExportsAndPassesTheChecker() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        try (AppContext ctx = AppContext.open(home, new DatabaseFile(temp.resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Documents documents = Documents.of(ctx);
            for (PlanSummary summary : ctx.plans().summaries()) {
                Plan plan = ctx.plans().get(summary.id());
                Path docx = temp.resolve("plan-" + summary.id() + ".docx");
                Path pdf = temp.resolve("plan-" + summary.id() + ".pdf");
                documents.plan().exportDocx(plan, docx);
                documents.plan().exportPdf(plan, pdf);

                FormatReport report = FormatChecker.check(docx);
                assertThat(report.failures()).as(plan.title()).isEmpty();

                try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                    assertThat(doc.getNumberOfPages()).isGreaterThan(1);
                    for (PDPage page : doc.getPages()) {
                        for (var name : page.getResources().getFontNames()) {
                            PDFont font = page.getResources().getFont(name);
                            assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                        }
                    }
                    String text = new PDFTextStripper().getText(doc);
                    assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
                    String firstWords = plan.title().substring(0, 30);
                    assertThat(text.replaceAll("\\s+", " ")).contains(firstWords);
                }
                Path list = temp.resolve("distribution-" + summary.id() + ".pdf");
                documents.distribution().exportPdf(plan, list);
                assertThat(Files.size(list)).isPositive();
            }
        }
    }

    @Test
    void theCommandLineExportsAndChecks() throws Exception {
        AppHome home = new AppHome(temp.resolve("home"));
        Path db = temp.resolve("kehoach.mv.db");
        assertThat(run(home, "--db", db.toString(), "init-sample")).isZero();
        Path docx = temp.resolve("ke-hoach 25.docx");
        assertThat(run(home, "--db", db.toString(), "export", "--plan", "1", "--format", "docx", "--out",
                docx.toString())).isZero();
        assertThat(run(home, "--db", db.toString(), "export", "--plan", "1", "--format", "pdf", "--out",
                temp.resolve("ke-hoach.pdf").toString())).isZero();
        assertThat(run(home, "--db", db.toString(), "distribution", "--plan", "1", "--format", "docx", "--out",
                temp.resolve("gui.docx").toString())).isZero();
        assertThat(run(home, "check", docx.toString())).isZero();
        assertThat(run(home, "export", "--plan", "1", "--format", "odt", "--out", "x.odt")).isNotZero();
    }

    private static int run(AppHome home, String... args) {
        return KehoachCommand.run(home, args, db -> { }, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }
}
