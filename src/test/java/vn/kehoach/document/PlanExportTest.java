package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.domain.Plan;
import vn.kehoach.domain.UserError;

class PlanExportTest {
    @TempDir
    static Path dir;
    static Path docx;
    static Path pdf;
    static Plan plan;

    @BeforeAll
    static void export() {
        plan = PlanFixtures.giaLai();
        docx = dir.resolve("gialai.docx");
        pdf = dir.resolve("gialai.pdf");
        PlanDocumentExporter exporter = new PlanDocumentExporter(PlanFixtures.lookup());
        exporter.exportDocx(plan, docx);
        exporter.exportPdf(plan, pdf);
    }

    // ---------------------------------------------------------------- DOCX read back with POI

    @Test
    void headerElementsHaveTheirOfficialFormatting() throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            DocxFormats f = new DocxFormats(doc);
            assertLooks(f, FormatCheckerTest.find(doc, "ỦY BAN NHÂN DÂN"), 13, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "TỈNH GIA LAI"), 13, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "Số: 125/KH-UBND"), 13, false, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), 12, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "Độc lập - Tự do - Hạnh phúc"), 13, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "Gia Lai, ngày 05 tháng 9 năm 2023"), 14, false, true, true);
            assertLooks(f, FormatCheckerTest.find(doc, "KẾ HOẠCH"), 14, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "Tổ chức Hội nghị sơ kết 03 năm"), 14, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "I. MỤC ĐÍCH, YÊU CẦU"), 14, true, false, false);
            assertLooks(f, FormatCheckerTest.find(doc, "Nơi nhận:"), 12, true, true, false);
            assertLooks(f, FormatCheckerTest.find(doc, "- Lưu: VT, NC, NL."), 11, false, false, false);
            assertLooks(f, FormatCheckerTest.find(doc, "TM. ỦY BAN NHÂN DÂN"), 14, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "KT. CHỦ TỊCH"), 14, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "PHÓ CHỦ TỊCH"), 14, true, false, true);
            assertLooks(f, FormatCheckerTest.find(doc, "Dương Mah Tiệp"), 14, true, false, true);
            XWPFParagraph body = FormatCheckerTest.find(doc, "- Đánh giá tình hình");
            assertThat(f.justified(body)).isTrue();
            assertThat(f.firstLineIndent(body)).isEqualTo(720);
            assertThat(body.getStyle()).isEqualTo("KHBullet");
            // the motto and the issuing body have a short line under them
            assertThat(doc.getTables().get(0).getRow(0).getCell(1).getParagraphs().get(2).getCTP().getPPr().getPBdr().isSetBottom()).isTrue();
            assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(2).getCTP().getPPr().getPBdr().isSetBottom()).isTrue();
        }
    }

    private static void assertLooks(DocxFormats f, XWPFParagraph p, double size, boolean bold, boolean italic, boolean centred) {
        for (XWPFRun r : p.getRuns()) {
            assertThat(f.size(r, p)).as(p.getText()).isEqualTo(size);
            assertThat(f.bold(r, p)).as(p.getText()).isEqualTo(bold);
            assertThat(f.italic(r, p)).as(p.getText()).isEqualTo(italic);
            assertThat(f.font(r, p)).as(p.getText()).isEqualTo("Times New Roman");
        }
        assertThat(f.centred(p)).as(p.getText()).isEqualTo(centred);
    }

    @Test
    void numberingIsComputedAndPointsRunThroughDToN() throws IOException {
        List<String> lines = paragraphTexts(docx);
        assertThat(lines).contains("I. MỤC ĐÍCH, YÊU CẦU", "V. KINH PHÍ TỔ CHỨC HỘI NGHỊ", "2. Báo cáo tham luận");
        List<String> letters = lines.stream().filter(l -> l.matches("^\\p{Ll}{1,2}\\) .*")).map(l -> l.substring(0, l.indexOf(')')))
                .toList();
        // II.2 has a) … d); III.2 has the 13 presentations a) … n)
        assertThat(letters.subList(4, 17)).containsExactly("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n");
        assertThat(lines).contains("Thực hiện theo quy định hiện hành.");
        assertThat(lines.stream().filter(l -> l.startsWith("Trên đây")).findFirst().orElseThrow()).endsWith("./.");
    }

    @Test
    void appendicesAreLandscapeSectionsWithRepeatedHeaderRows() throws IOException {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(FormatCheckerTest.find(doc, "Phụ lục I").getText()).isEqualTo("Phụ lục I");
            assertThat(FormatCheckerTest.find(doc, "Phụ lục II").getText()).isEqualTo("Phụ lục II");
            assertThat(FormatCheckerTest.find(doc, "(Kèm theo Kế hoạch số").getText())
                    .isEqualTo("(Kèm theo Kế hoạch số 125/KH-UBND ngày 05/09/2023 của Ủy ban nhân dân tỉnh Gia Lai)");
            var assignment = doc.getTables().get(2);
            assertThat(assignment.getRow(0).isRepeatHeader()).isTrue();
            assertThat(assignment.getRow(0).getCell(0).getText()).isEqualTo("STT");
            assertThat(assignment.getRows()).hasSize(1 + 4);
            assertThat(doc.getTables().get(3).getRows()).hasSize(1 + 13);
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
        }
    }

    // ---------------------------------------------------------------- golden

    @Test
    void paragraphTextsAndStylesMatchTheGoldenFile() throws IOException {
        List<String> actual = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (var e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    actual.add(p.getStyle() + " | " + p.getText());
                } else if (e instanceof org.apache.poi.xwpf.usermodel.XWPFTable t) {
                    for (var row : t.getRows()) {
                        for (var cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) {
                                actual.add("  " + p.getStyle() + " | " + p.getText());
                            }
                        }
                    }
                }
            }
        }
        Path golden = Path.of("src/test/resources/golden/gialai-docx.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.write(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).containsExactlyElementsOf(Files.readAllLines(golden, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------- PDF

    @Test
    void pdfIsA4WithEveryFontEmbedded() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            PDRectangle first = d.getPage(0).getMediaBox();
            assertThat(Math.round(first.getWidth())).isEqualTo(595);
            assertThat(Math.round(first.getHeight())).isEqualTo(842);
            // the appendix pages are landscape: A4 turned a quarter
            var last = d.getPage(d.getNumberOfPages() - 1);
            assertThat(last.getRotation() % 180 == 90 ? last.getMediaBox().getHeight() : last.getMediaBox().getWidth())
                    .isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
        }
        List<String> out = run("pdffonts", pdf.toString());
        List<String> fonts = out.subList(2, out.size());
        assertThat(fonts).isNotEmpty();
        for (String line : fonts) {
            String[] cols = line.trim().split("\\s+");
            // name type… encoding emb sub uni object ID: "emb" is the 5th column from the end
            assertThat(cols[cols.length - 5]).as(line).isEqualTo("yes");
        }
    }

    @Test
    void pdfTextIsExtractableAndIdenticalInNfc() throws Exception {
        // pages are separated by form feeds; the page number is the first line from page 2 on
        String[] pages = String.join("\n", run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-")).split("\f");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            String page = pages[i].strip();
            if (i > 0) {
                assertThat(page.lines().findFirst().orElse("")).isEqualTo(Integer.toString(i + 1));
                page = page.substring(page.indexOf('\n') + 1);
            }
            text.append(page).append('\n');
        }
        String extracted = squash(text.toString());
        assertThat(Normalizer.isNormalized(extracted, Normalizer.Form.NFC)).isTrue();
        List<String> sentences = new ArrayList<>();
        for (String line : paragraphTexts(docx)) {
            sentences.add(line);
        }
        sentences.add(OfficialWording.plain(PlanFixtures.CLOSING));
        int checked = 0;
        for (String s : sentences) {
            if (s.isBlank()) {
                continue;
            }
            assertThat(extracted).as("PDF text").contains(squash(s));
            checked++;
        }
        assertThat(checked).isGreaterThan(60);
    }

    @Test
    void pageNumbersStartOnPageTwoAtTheTop() throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertThat(d.getNumberOfPages()).isGreaterThan(2);
            assertThat(firstLine(d, 1)).isNotEqualTo("1").startsWith("ỦY BAN NHÂN DÂN");
            assertThat(firstLine(d, 2)).isEqualTo("2");
            assertThat(firstLine(d, d.getNumberOfPages())).isEqualTo(Integer.toString(d.getNumberOfPages()));
        }
    }

    private static String firstLine(PDDocument d, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(d).strip().lines().findFirst().orElse("").strip();
    }

    @Test
    @Tag("soffice")
    void libreOfficeOpensOurDocxWithinOnePageOfOurPdf() throws Exception {
        assumeTrue(onPath("soffice"), "soffice (LibreOffice) is not installed");
        Path out = Files.createDirectories(dir.resolve("lo"));
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--convert-to", "pdf", "--outdir", out.toString(), docx.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        try (PDDocument ours = Loader.loadPDF(pdf.toFile()); PDDocument theirs = Loader.loadPDF(out.resolve("gialai.pdf").toFile())) {
            assertThat(theirs.getNumberOfPages()).isBetween(ours.getNumberOfPages() - 1, ours.getNumberOfPages() + 1);
        }
    }

    // ---------------------------------------------------------------- atomic writes

    @Test
    void aTargetThatCannotBeReplacedIsAUserErrorAndLeavesNoTempFile() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("locked"));
        Path target = Files.createDirectories(folder.resolve("kehoach.docx"));
        Files.writeString(target.resolve("inside"), "x");
        PlanDocumentExporter exporter = new PlanDocumentExporter(PlanFixtures.lookup());
        assertThatThrownBy(() -> exporter.exportDocx(plan, target))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.key()).isEqualTo("document.error.targetLocked");
                    assertThat(e.getLocalizedMessage()).contains("kehoach.docx").contains("đang được mở");
                });
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("kehoach.docx");
        }
    }

    @Test
    void exportReplacesAnExistingFile() throws IOException {
        Path target = dir.resolve("again.pdf");
        Files.writeString(target, "old");
        new PlanDocumentExporter(PlanFixtures.lookup()).exportPdf(plan, target);
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    // ---------------------------------------------------------------- helpers

    static List<String> paragraphTexts(Path docx) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            for (var e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    out.add(p.getText());
                }
            }
        }
        return out;
    }

    static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    static List<String> run(String... command) throws Exception {
        assumeTrue(onPath(command[0]), command[0] + " is not installed (poppler-utils)");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
