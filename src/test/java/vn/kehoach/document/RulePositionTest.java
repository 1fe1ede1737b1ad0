package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short rules under the issuing body, the motto and the title sit below their text, at the
 * same place in our PDF and in LibreOffice's rendering of our DOCX (measured: the line drawn
 * against the baseline of the text line above it).
 */
class RulePositionTest {
    @TempDir
    static Path dir;
    static Path docx;
    static Path pdf;

    @BeforeAll
    static void export() {
        docx = dir.resolve("gialai.docx");
        pdf = dir.resolve("gialai.pdf");
        PlanDocumentExporter exporter = new PlanDocumentExporter(PlanFixtures.lookup());
        exporter.exportDocx(PlanFixtures.giaLai(), docx);
        exporter.exportPdf(PlanFixtures.giaLai(), pdf);
    }

    /** The distance of each rule below the baseline of the text above it, keyed by that text. */
    static Map<String, Float> offsets(Path file) throws IOException {
        PdfLines lines = PdfLines.read(file);
        Map<String, Float> out = new TreeMap<>();
        for (PdfRules.Rule rule : PdfRules.onPage(file, 1)) {
            PdfLines.Line above = null;
            for (PdfLines.Line l : lines.pages().get(0).lines()) {
                if (l.baseline() < rule.y() && (above == null || l.baseline() > above.baseline())
                        && overlaps(l, rule, lines)) {
                    above = l;
                }
            }
            if (above != null) {
                out.put(key(above.text()), rule.y() - above.baseline());
            }
        }
        return out;
    }

    /** Lines of the header grid share a baseline with the other column: pick the column of the rule. */
    private static boolean overlaps(PdfLines.Line line, PdfRules.Rule rule, PdfLines lines) {
        String t = key(line.text());
        boolean leftColumn = rule.middle() < 250;
        if (t.startsWith("ỦY BAN") || t.startsWith("TỈNH")) {
            return leftColumn;
        }
        if (t.startsWith("CỘNG HÒA") || t.startsWith("Độc lập")) {
            return !leftColumn;
        }
        return true;
    }

    /** The part of a header line that belongs to one column. */
    private static String key(String text) {
        String t = text.strip();
        for (String right : List.of("Độc lập", "CỘNG HÒA")) {
            int at = t.indexOf(right);
            if (at > 0) {
                return t.substring(0, at).strip();
            }
        }
        return t;
    }

    @Test
    void ourRulesSitBelowTheirText() throws IOException {
        Map<String, Float> ours = offsets(pdf);
        assertThat(ours).hasSize(3);
        // clear of the descenders (about 0.22 em of 13–14 pt) and of the next line
        ours.values().forEach(v -> assertThat(v).isBetween(4f, 12f));
    }

    @Test
    void libreOfficeDrawsTheRulesWhereOurPdfDoes() throws Exception {
        assumeTrue(PlanExportTest.onPath("soffice"), "soffice (LibreOffice) is not installed");
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        Map<String, Float> ours = offsets(pdf);
        Map<String, Float> theirs = offsets(out.resolve("gialai.pdf"));
        assertThat(theirs.keySet()).containsExactlyElementsOf(new ArrayList<>(ours.keySet()));
        for (var e : ours.entrySet()) {
            float lo = theirs.get(e.getKey());
            assertThat(lo).as("LibreOffice's rule under " + e.getKey() + " clear of the text").isGreaterThan(4f);
            assertThat(lo).as("LibreOffice's rule under " + e.getKey() + " where ours is")
                    .isCloseTo(e.getValue(), org.assertj.core.data.Offset.offset(2f));
        }
    }
}
