package vn.kehoach.document;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class ExportSmokeTest {
    @Test
    void writesToOutFolder() throws Exception {
        Path out = Path.of("target/document-out");
        Files.createDirectories(out);
        PlanDocumentExporter e = new PlanDocumentExporter(PlanFixtures.lookup());
        e.exportDocx(PlanFixtures.giaLai(), out.resolve("gialai.docx"));
        e.exportPdf(PlanFixtures.giaLai(), out.resolve("gialai.pdf"));
        e.exportDocx(PlanFixtures.laiChauDraft(), out.resolve("laichau.docx"));
        e.exportPdf(PlanFixtures.laiChauDraft(), out.resolve("laichau.pdf"));
    }
}
