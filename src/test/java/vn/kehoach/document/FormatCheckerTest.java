package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.document.FormatReport.Finding;
import vn.kehoach.domain.UserError;

class FormatCheckerTest {
    @TempDir
    static Path dir;
    static Path ours;

    @BeforeAll
    static void export() {
        ours = dir.resolve("gialai.docx");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(PlanFixtures.giaLai(), ours);
    }

    @Test
    void ourDocxPassesEveryRule() {
        FormatReport report = FormatChecker.check(ours);
        assertThat(report.failures()).as(report.toString()).isEmpty();
        assertThat(report.findings()).extracting(Finding::rule).containsExactly(FormatRule.values());
    }

    @Test
    void ourDraftPassesEveryRule() {
        Path draft = dir.resolve("draft.docx");
        new PlanDocumentExporter(DirectoryLookup.empty()).exportDocx(PlanFixtures.laiChauDraft(), draft);
        FormatReport report = FormatChecker.check(draft);
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }

    @Test
    void spacesInsideTheSymbolFailTheNumberRule() throws Exception {
        assertFailsOnly(FormatRule.NUMBER_LINE, "Số: 125 /KH - UBND", doc -> replace(doc, "Số: 125/KH-UBND", "Số: 125 /KH - UBND"));
    }

    @Test
    void authorityWithoutFullStopFails() throws Exception {
        assertFailsOnly(FormatRule.AUTHORITY, "TM ỦY BAN NHÂN DÂN", doc -> replace(doc, "TM. ỦY BAN NHÂN DÂN", "TM ỦY BAN NHÂN DÂN"));
    }

    @Test
    void partsOutOfOrderFail() throws Exception {
        assertFailsOnly(FormatRule.PARTS, "V. PHÂN CÔNG", doc -> {
            replace(doc, "IV. PHÂN CÔNG NHIỆM VỤ", "V. PHÂN CÔNG NHIỆM VỤ");
            replace(doc, "V. KINH PHÍ TỔ CHỨC HỘI NGHỊ", "IV. KINH PHÍ TỔ CHỨC HỘI NGHỊ");
        });
    }

    @Test
    void pointsSkippingDFail() throws Exception {
        // removing "đ) …" leaves "a) b) c) d) e)": the real slip that skips đ
        assertFailsOnly(FormatRule.POINTS, "e) Đánh giá kết quả thực hiện giảm nghèo", doc -> {
            XWPFParagraph d = find(doc, "đ) Phát triển kinh tế hợp tác");
            doc.removeBodyElement(doc.getBodyElements().indexOf(d));
        });
    }

    @Test
    void closingWithSlashDotOnlyFails() throws Exception {
        assertFailsOnly(FormatRule.CLOSING, "Trên đây là Kế hoạch", doc -> {
            XWPFParagraph p = find(doc, "Trên đây là Kế hoạch");
            XWPFRun last = p.getRuns().get(p.getRuns().size() - 1);
            last.setText(last.text().replace("./.", "/."), 0);
        });
    }

    @Test
    void anUnreadableFileIsAUserError() throws Exception {
        Path bad = dir.resolve("bad.docx");
        Files.writeString(bad, "not a docx");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormatChecker.check(bad))
                .isInstanceOf(UserError.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((UserError) e).key())
                        .isEqualTo("document.error.readFailed"))
                .hasMessageContaining("bad.docx");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertFailsOnly(FormatRule rule, String where, Consumer<XWPFDocument> breakIt) throws Exception {
        Path broken = dir.resolve("broken-" + rule + ".docx");
        try (InputStream in = Files.newInputStream(ours); XWPFDocument doc = new XWPFDocument(in)) {
            breakIt.accept(doc);
            try (OutputStream out = Files.newOutputStream(broken)) {
                doc.write(out);
            }
        }
        FormatReport report = FormatChecker.check(broken);
        assertThat(report.failures()).as(report.toString()).extracting(Finding::rule).containsExactly(rule);
        Finding f = report.finding(rule).orElseThrow();
        assertThat(f.where()).contains(where);
        assertThat(f.toString()).contains(rule.displayName()).contains(f.message());
    }

    static XWPFParagraph find(XWPFDocument doc, String start) {
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getText().startsWith(start)) {
                return p;
            }
        }
        for (XWPFTable t : doc.getTables()) {
            for (var row : t.getRows()) {
                for (var cell : row.getTableCells()) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        if (p.getText().startsWith(start)) {
                            return p;
                        }
                    }
                }
            }
        }
        throw new AssertionError("no paragraph starts with " + start);
    }

    /** Replaces a paragraph's whole text, keeping the first run's formatting. */
    static void replace(XWPFDocument doc, String start, String text) {
        XWPFParagraph p = find(doc, start);
        while (p.getRuns().size() > 1) {
            p.removeRun(1);
        }
        p.getRuns().get(0).setText(text, 0);
    }
}
