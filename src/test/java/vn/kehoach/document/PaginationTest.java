package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.document.Block.Para;
import vn.kehoach.document.Block.Table;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanSummary;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

/**
 * Pagination as a careful clerk does it, on every sample plan and a generated long plan, in our
 * PDF and in LibreOffice's rendering of our DOCX: no page ends with a heading, no table row is
 * split, the signature and "Nơi nhận:" stay with the last paragraph of the body at the DOCX's gap,
 * and both have the same number of pages.
 */
class PaginationTest {
    @TempDir
    static Path dir;
    static final List<Exported> DOCUMENTS = new ArrayList<>();

    /** One plan exported: its layout, our DOCX and PDF, and LibreOffice's PDF of the DOCX (or null). */
    record Exported(String name, LaidOutDocument layout, Path docx, Path pdf, Path libreOffice) {}

    @BeforeAll
    static void export() throws Exception {
        AppHome home = new AppHome(dir.resolve("home"));
        try (AppContext ctx = AppContext.open(home, new DatabaseFile(dir.resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            Documents documents = Documents.of(ctx);
            for (PlanSummary summary : ctx.plans().summaries()) {
                Plan plan = ctx.plans().get(summary.id());
                add("sample-" + summary.id(), documents.plan(), plan);
            }
        }
        add("long", new PlanDocumentExporter(PlanFixtures.lookup()), longPlan());
        if (PlanExportTest.onPath("soffice")) {
            Path out = Files.createDirectories(dir.resolve("lo"));
            List<String> command = new ArrayList<>(List.of("soffice", "--headless",
                    "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--convert-to", "pdf", "--outdir",
                    out.toString()));
            DOCUMENTS.forEach(d -> command.add(d.docx().toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
            DOCUMENTS.replaceAll(d -> new Exported(d.name(), d.layout(), d.docx(), d.pdf(),
                    out.resolve(d.name() + ".pdf")));
        }
    }

    private static void add(String name, PlanDocumentExporter exporter, Plan plan) {
        Path docx = dir.resolve(name + ".docx");
        Path pdf = dir.resolve(name + ".pdf");
        exporter.exportDocx(plan, docx);
        exporter.exportPdf(plan, pdf);
        DOCUMENTS.add(new Exported(name, exporter.layout(plan), docx, pdf, null));
    }

    /** 60 headings (6 parts of 9 items) over paragraphs of varied length, 200 tasks and 200 presentations. */
    static Plan longPlan() {
        Plan base = PlanFixtures.giaLai();
        String sentence = "Các cơ quan, đơn vị triển khai thực hiện nghiêm túc, hiệu quả các nội dung của Kế hoạch, "
                + "bảo đảm đúng tiến độ và chất lượng; ";
        List<Section> parts = new ArrayList<>();
        int n = 0;
        for (int p = 1; p <= 6; p++) {
            List<Section> items = new ArrayList<>();
            for (int i = 1; i <= 9; i++) {
                List<Section> paragraphs = new ArrayList<>();
                for (int k = 0; k < 1 + (p * 7 + i * 3) % 3; k++) {
                    n++;
                    paragraphs.add(PlanFixtures.bullet(sentence.repeat(1 + (n * 5) % 7) + "đoạn số " + n + "."));
                }
                items.add(Section.of(SectionLevel.ITEM, "Nhiệm vụ nhóm " + p + "." + i, null, paragraphs));
            }
            parts.add(Section.of(SectionLevel.PART, "Nội dung thứ " + p, null, items));
        }
        List<Task> tasks = new ArrayList<>();
        for (int t = 1; t <= 200; t++) {
            tasks.add(new Task(null, TaskKind.TASK, "Nhiệm vụ số " + t + ": " + sentence.repeat(1 + t % 4),
                    t % 5 == 0 ? "Chi tiết: " + sentence.repeat(1 + t % 3) : null, PlanFixtures.SNN,
                    List.of(PlanFixtures.SNV, PlanFixtures.PLEIKU), "Báo cáo", LocalDate.of(2023, 10, 1 + t % 28),
                    null, null, null, null, null, null));
        }
        for (int t = 1; t <= 200; t++) {
            tasks.add(Task.of(TaskKind.PRESENTATION, "Tham luận số " + t + ": " + sentence.repeat(1 + t % 3),
                    PlanFixtures.XA_GLAR, List.of(), LocalDate.of(2023, 9, 20)));
        }
        return new Plan(9L, base.kind(), base.status(), base.header(), "Kế hoạch dài để thử cách ngắt trang",
                List.of(), base.preamble(), parts, base.closingText(), null, base.signature(), base.recipients(),
                base.archiveLine(), 1, null, tasks, null).withAppendices(List.of(Appendix.of(AppendixKind.ASSIGNMENT),
                        Appendix.of(AppendixKind.PRESENTATIONS), Appendix.free("Danh mục các điểm cầu", freeTable())));
    }

    /** A free appendix of 200 rows under a header row. */
    static List<List<String>> freeTable() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("STT", "Điểm cầu", "Địa chỉ", "Người phụ trách"));
        for (int r = 1; r <= 200; r++) {
            rows.add(List.of(Integer.toString(r), "Điểm cầu số " + r + " tại hội trường Ủy ban nhân dân xã",
                    "Thôn " + r + ", xã Biển Hồ, thành phố Pleiku, tỉnh Gia Lai".repeat(1 + r % 2), "Chủ tịch UBND xã"));
        }
        return rows;
    }

    // ---------------------------------------------------------------- the rules, on every PDF

    @Test
    void noPageEndsWithAHeading() throws IOException {
        for (Exported d : DOCUMENTS) {
            List<String> headings = headings(d.layout());
            assertThat(headings).as(d.name()).isNotEmpty();
            for (Path pdf : pdfs(d)) {
                PdfLines lines = PdfLines.read(pdf);
                for (PdfLines.Page page : lines.pages()) {
                    String text = bare(page.text());
                    for (String h : headings) {
                        assertThat(text.endsWith(bare(h))).as(pdf.getFileName() + " page " + page.number()
                                + " ends with the heading " + h).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void noTableRowIsSplit() throws IOException {
        for (Exported d : DOCUMENTS) {
            for (Path pdf : pdfs(d)) {
                PdfLines lines = PdfLines.read(pdf);
                List<String> pages = lines.pages().stream().map(p -> bare(p.text())).toList();
                int checked = 0;
                for (Block b : d.layout().blocks()) {
                    if (b instanceof Table t && t.borders()) {
                        for (int r = t.headerRows(); r < t.rows().size(); r++) {
                            for (List<Para> cell : t.rows().get(r)) {
                                String text = bare(String.join(" ", cell.stream().map(Para::text).toList()));
                                if (text.length() > 30) {
                                    assertThat(pages.stream().anyMatch(p -> p.contains(text)))
                                            .as(pdf.getFileName() + ": a row split across pages: " + text).isTrue();
                                    checked++;
                                }
                            }
                        }
                    }
                }
                if (d.name().equals("long")) {
                    assertThat(checked).isGreaterThan(400);
                }
            }
        }
    }

    @Test
    void signatureAndRecipientsStayWithTheLastParagraphAtTheGapOfTheDocx() throws IOException {
        for (Exported d : DOCUMENTS) {
            String last = lastBodyParagraph(d.layout());
            String signer = signer(d.layout());
            List<Float> gaps = new ArrayList<>();
            for (Path pdf : pdfs(d)) {
                PdfLines lines = PdfLines.read(pdf);
                PdfLines.Line recipients = lines.firstLine("Nơi nhận:");
                String page = bare(lines.pages().get(recipients.page() - 1).text());
                assertThat(page).as(pdf.getFileName() + ": the signer on the page of Nơi nhận").contains(bare(signer));
                String tail = bare(last);
                tail = tail.substring(Math.max(0, tail.length() - 30));
                assertThat(page).as(pdf.getFileName() + ": the last paragraph on the page of Nơi nhận").contains(tail);
                PdfLines.Line lastLine = lines.lastLineOf(recipients.page(), PlanExportTest.squash(last));
                gaps.add(recipients.baseline() - lastLine.baseline());
            }
            if (gaps.size() == 2) {
                assertThat(gaps.get(0)).as(d.name() + ": gap before Nơi nhận, ours vs LibreOffice")
                        .isCloseTo(gaps.get(1), org.assertj.core.data.Offset.offset(2f));
            }
        }
    }

    @Test
    void libreOfficeGivesOurDocxAsManyPagesAsOurPdf() throws IOException {
        for (Exported d : DOCUMENTS) {
            if (d.libreOffice() != null) {
                assertThat(PdfLines.read(d.libreOffice()).pageCount()).as(d.name())
                        .isEqualTo(PdfLines.read(d.pdf()).pageCount());
            }
        }
    }

    // ---------------------------------------------------------------- the DOCX says the same to Word

    @Test
    void docxKeepsHeadingsWithTheNextParagraphAndNeverSplitsARow() throws IOException {
        for (Exported d : DOCUMENTS) {
            try (InputStream in = Files.newInputStream(d.docx()); XWPFDocument doc = new XWPFDocument(in)) {
                assertThat(doc.getStyles().getCtStyles().getDocDefaults().getPPrDefault().getPPr().isSetWidowControl())
                        .isTrue();
                DocxFormats f = new DocxFormats(doc);
                List<String> headings = headings(d.layout());
                for (XWPFParagraph p : doc.getParagraphs()) {
                    if (headings.contains(p.getText())) {
                        assertThat(keepNext(doc, p)).as(d.name() + ": " + p.getText()).isTrue();
                    }
                }
                assertThat(keepNext(doc, FormatCheckerTest.find(doc, lastBodyParagraph(d.layout()).substring(0, 20))))
                        .as(d.name() + ": the last paragraph keeps with the signature").isTrue();
                for (XWPFTable table : doc.getTables()) {
                    for (XWPFTableRow row : table.getRows()) {
                        assertThat(row.isCantSplitRow()).as(d.name() + ": cantSplit").isTrue();
                    }
                }
                assertThat(f).isNotNull();
            }
        }
    }

    static boolean keepNext(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext()) {
            return true;
        }
        var style = doc.getStyles().getStyle(p.getStyle());
        return style != null && style.getCTStyle().isSetPPr() && style.getCTStyle().getPPr().isSetKeepNext();
    }

    // ---------------------------------------------------------------- helpers

    private static List<Path> pdfs(Exported d) {
        return d.libreOffice() == null ? List.of(d.pdf()) : List.of(d.pdf(), d.libreOffice());
    }

    /** Part, item and point headings of the body. */
    static List<String> headings(LaidOutDocument layout) {
        List<String> out = new ArrayList<>();
        for (Block b : layout.blocks()) {
            if (b instanceof Para p && (p.style() == ParaStyle.PART || p.style() == ParaStyle.ITEM
                    || p.style() == ParaStyle.POINT && p.keepNext())) {
                out.add(p.text());
            }
        }
        return out;
    }

    static String lastBodyParagraph(LaidOutDocument layout) {
        List<Block> blocks = layout.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Para p && p.style() == ParaStyle.SPACER) {
                for (int k = i - 1; k >= 0; k--) {
                    if (blocks.get(k) instanceof Para q && !q.text().isBlank()) {
                        return q.text();
                    }
                }
            }
        }
        throw new AssertionError("no spacer before the signature");
    }

    static String signer(LaidOutDocument layout) {
        for (Block b : layout.blocks()) {
            if (b instanceof Table t) {
                for (List<List<Para>> row : t.rows()) {
                    for (List<Para> cell : row) {
                        for (Para p : cell) {
                            if (p.style() == ParaStyle.SIGNER) {
                                return p.text();
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("no signer");
    }

    /** Text without any white space: line breaks fall differently in each renderer. */
    static String bare(String s) {
        return s.replaceAll("\\s+", "");
    }

}
