package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoach.document.DistributionListExporter.Entry;
import vn.kehoach.domain.Channel;
import vn.kehoach.domain.PlanHeader;

class DistributionAndWordingTest {
    @TempDir
    Path dir;

    @Test
    void groupsAreExpandedIntoTheirMembersWithContactsCopiesAndChannel() {
        List<Entry> entries = new DistributionListExporter(PlanFixtures.lookup()).entries(PlanFixtures.giaLai());
        assertThat(entries).extracting(Entry::name).contains(
                "Ủy ban nhân dân thành phố Pleiku", "Ủy ban nhân dân huyện Đak Đoa", "Ủy ban nhân dân thị xã An Khê",
                "Sở Nông nghiệp và Phát triển nông thôn", "Chủ tịch, các PCT UBND tỉnh")
                .doesNotContain("UBND các huyện, thị xã, thành phố");
        assertThat(entries).hasSize(10 - 1 + 3);
        Entry snn = entries.stream().filter(e -> e.name().startsWith("Sở Nông nghiệp")).findFirst().orElseThrow();
        assertThat(snn).isEqualTo(new Entry("Sở Nông nghiệp và Phát triển nông thôn", "05 Phạm Văn Đồng, Pleiku", 2, Channel.PAPER));
        Entry pleiku = entries.stream().filter(e -> e.name().endsWith("Pleiku")).findFirst().orElseThrow();
        assertThat(pleiku.contact()).isEqualTo("ubnd@pleiku.gov.vn");
        assertThat(pleiku.channel()).isEqualTo(Channel.ELECTRONIC);
    }

    @Test
    void distributionListIsWrittenAsDocxAndPdfWithTheTotal() throws Exception {
        DistributionListExporter exporter = new DistributionListExporter(PlanFixtures.lookup());
        Path docx = dir.resolve("nơi-nhận.docx");
        Path pdf = dir.resolve("nơi-nhận.pdf");
        exporter.exportDocx(PlanFixtures.giaLai(), docx);
        exporter.exportPdf(PlanFixtures.giaLai(), pdf);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().get(0);
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("Nơi nhận");
            assertThat(table.getRows()).hasSize(1 + 12 + 1);
            var total = table.getRow(13);
            assertThat(total.getCell(1).getText()).isEqualTo("Tổng cộng: 12 nơi nhận");
            assertThat(total.getCell(3).getText()).isEqualTo("13");
            assertThat(doc.getParagraphs().get(2).getText()).isEqualTo("Kế hoạch số: 125/KH-UBND ngày 05/09/2023");
        }
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = PlanExportTest.squash(new PDFTextStripper().getText(d));
            assertThat(text).contains("DANH SÁCH NƠI NHẬN", "Ủy ban nhân dân huyện Đak Đoa", "Bản giấy", "Điện tử",
                    "Tổng cộng: 12 nơi nhận");
        }
    }

    @Test
    void dateLineFollowsTheLeadingZeroRule() {
        assertThat(OfficialWording.dateWords(LocalDate.of(2023, 2, 5), 2023)).isEqualTo("ngày 05 tháng 02 năm 2023");
        assertThat(OfficialWording.dateWords(LocalDate.of(2023, 3, 15), 2023)).isEqualTo("ngày 15 tháng 3 năm 2023");
        assertThat(OfficialWording.dateWords(LocalDate.of(2022, 1, 21), 2022)).isEqualTo("ngày 21 tháng 01 năm 2022");
        assertThat(OfficialWording.dateWords(LocalDate.of(2023, 12, 1), 2023)).isEqualTo("ngày 01 tháng 12 năm 2023");
        assertThat(OfficialWording.dateWords(null, 2023)).isEqualTo("ngày      tháng      năm 2023");
    }

    @Test
    void numberLineOfAnIssuedPlanAndOfADraft() {
        PlanHeader issued = new PlanHeader(1L, "UBND tỉnh Lào Cai", 2L, "Ban Chỉ đạo các chương trình MTQG", 25, "KH-BCĐ",
                "Lào Cai", LocalDate.of(2022, 1, 21), null);
        assertThat(OfficialWording.numberLine(issued)).isEqualTo("Số: 25/KH-BCĐ");
        assertThat(OfficialWording.placeAndDate(issued)).isEqualTo("Lào Cai, ngày 21 tháng 01 năm 2022");
        PlanHeader five = issued.withNumberAndDate(5, LocalDate.of(2022, 1, 21));
        assertThat(OfficialWording.numberLine(five)).isEqualTo("Số: 05/KH-BCĐ");
        assertThat(OfficialWording.numberLine(PlanFixtures.laiChauDraft().header())).isEqualTo("Số:      /KH-UBND");
        assertThat(OfficialWording.placeAndDate(PlanFixtures.laiChauDraft().header()))
                .isEqualTo("Lai Châu, ngày      tháng      năm 2022");
    }

    @Test
    void closingArchiveAndMarkup() {
        assertThat(OfficialWording.closing("Trên đây là Kế hoạch …")).isEqualTo("Trên đây là Kế hoạch …./.");
        assertThat(OfficialWording.closing("Trên đây là Kế hoạch.")).isEqualTo("Trên đây là Kế hoạch./.");
        assertThat(OfficialWording.closing("Trên đây là Kế hoạch/.")).isEqualTo("Trên đây là Kế hoạch./.");
        assertThat(PlanLayout.archiveLine("VT, NC, NL")).isEqualTo("Lưu: VT, NC, NL.");
        assertThat(PlanLayout.archiveLine("Lưu: VT, KT")).isEqualTo("Lưu: VT, KT.");
        assertThat(PlanLayout.archiveLine(null)).isEqualTo("Lưu: VT.");
        assertThat(OfficialWording.runs("gửi **trước ngày 10/10/2023** (*cơ quan thường trực*)"))
                .containsExactly(Block.Run.plain("gửi "), new Block.Run("trước ngày 10/10/2023", true, null),
                        Block.Run.plain(" ("), new Block.Run("cơ quan thường trực", null, true), Block.Run.plain(")"));
        // marks nest (Ctrl+I inside a bold text, Word's bold italic); a lone star is text
        assertThat(OfficialWording.runs("***Kinh* phí** theo quy định"))
                .containsExactly(new Block.Run("Kinh", true, true), new Block.Run(" phí", true, null),
                        Block.Run.plain(" theo quy định"));
        assertThat(OfficialWording.runs("***cả hai***")).containsExactly(new Block.Run("cả hai", true, true));
        assertThat(OfficialWording.runs("5 * 3 = 15")).containsExactly(Block.Run.plain("5 * 3 = 15"));
    }

    @Test
    void draftHeaderAndLegalBasesAreLaidOutAsTheDecreeSays() throws Exception {
        Path docx = dir.resolve("draft.docx");
        Path pdf = dir.resolve("draft.pdf");
        PlanDocumentExporter exporter = new PlanDocumentExporter(DirectoryLookup.empty());
        exporter.exportDocx(PlanFixtures.laiChauDraft(), docx);
        exporter.exportPdf(PlanFixtures.laiChauDraft(), pdf);
        List<String> lines = PlanExportTest.paragraphTexts(docx);
        assertThat(lines).contains(
                "Căn cứ Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;",
                "Căn cứ Quyết định số 587/QĐ-TTg ngày 18/5/2022 của Thủ tướng Chính phủ.",
                "Trên đây là Kế hoạch tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” giai đoạn 2021-2025./.");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(FormatCheckerTest.find(doc, "Căn cứ Luật").getStyle()).isEqualTo("KHLegalBasis");
            assertThat(FormatCheckerTest.find(doc, "Số:").getText()).isEqualTo("Số:      /KH-UBND");
            assertThat(FormatCheckerTest.find(doc, "Lai Châu,").getText()).isEqualTo("Lai Châu, ngày      tháng      năm 2022");
            assertThat(FormatCheckerTest.find(doc, "TỈNH LAI CHÂU").getStyle()).isEqualTo("KHIssuingBody");
        }
        if (System.getProperty("document.preview") != null) {
            Path out = Files.createDirectories(Path.of(System.getProperty("document.preview")));
            Files.copy(docx, out.resolve("draft.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(pdf, out.resolve("draft.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            new PlanDocumentExporter(PlanFixtures.lookup()).exportPdf(PlanFixtures.giaLai(), out.resolve("gialai.pdf"));
            new PlanDocumentExporter(PlanFixtures.lookup()).exportDocx(PlanFixtures.giaLai(), out.resolve("gialai.docx"));
            new DistributionListExporter(PlanFixtures.lookup()).exportPdf(PlanFixtures.giaLai(), out.resolve("noi-nhan.pdf"));
        }
    }
}
