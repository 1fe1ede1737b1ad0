package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.kehoach.document.wordimport.ImportReport;
import vn.kehoach.document.wordimport.ImportReport.Kind;
import vn.kehoach.document.wordimport.WordImport;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.OutlineNumbering;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.SigningAuthority;
import vn.kehoach.domain.UserError;

/** DOCX files made for the test, not by the app: typed numbers with slips, Word numbering, decimal items, bad files. */
class DocxImportFilesTest {
    private static final Logger LOG = LoggerFactory.getLogger(DocxImportFilesTest.class);
    private static final Pattern ITALIC = Pattern.compile("\\*(.+?)\\*");

    /** A DOCX of plain paragraphs as a clerk types them; "KẾ HOẠCH" and the line after it centred, *x* italic. */
    static byte[] typed(List<String> lines) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean centreNext = false;
            for (String line : lines) {
                XWPFParagraph p = doc.createParagraph();
                boolean kind = line.equals("KẾ HOẠCH");
                if (kind || centreNext) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                centreNext = kind;
                Matcher m = ITALIC.matcher(line);
                int at = 0;
                while (m.find()) {
                    p.createRun().setText(line.substring(at, m.start()));
                    XWPFRun r = p.createRun();
                    r.setText(m.group(1));
                    r.setItalic(true);
                    at = m.end();
                }
                p.createRun().setText(line.substring(at));
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static List<String> seedLines() throws Exception {
        try (InputStream in = DocxImportFilesTest.class.getResourceAsStream("/wordimport/seed-001-typed.txt")) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
        }
    }

    @Test
    void aTypedSeedPlanGivesItsTreeAndTheReportListsExactlyThePlantedSlips() throws Exception {
        WordImport imported = DocxImportTest.importBytes(typed(seedLines()));
        Plan plan = imported.plan();
        ImportReport report = imported.report();

        assertThat(plan.header().issuingBody()).isEqualTo("ỦY BAN NHÂN DÂN\nTỈNH GIA LAI");
        assertThat(plan.header().issuingBodyId()).isEqualTo(PlanFixtures.UBND_GIA_LAI);
        assertThat(plan.header().governingBody()).isNull();
        assertThat(plan.header().symbol()).isEqualTo("KH-UBND");
        assertThat(plan.header().number()).isNull();
        assertThat(imported.sourceNumber()).isEqualTo(125);
        assertThat(plan.header().place()).isEqualTo("Gia Lai");
        assertThat(plan.header().year()).isEqualTo(2023);
        assertThat(plan.title()).startsWith("Tổ chức Hội nghị sơ kết 03 năm");
        assertThat(plan.preamble()).startsWith("Thực hiện Quyết định số 01/QĐ-BCĐCTMTQG").contains("\nỦy ban nhân dân tỉnh Gia Lai ban hành");

        List<Section> parts = plan.outline();
        assertThat(parts).extracting(Section::level).containsOnly(SectionLevel.PART);
        assertThat(parts).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU",
                "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN THAM DỰ", "BÁO CÁO PHỤC VỤ HỘI NGHỊ", "KINH PHÍ TỔ CHỨC HỘI NGHỊ",
                "PHÂN CÔNG NHIỆM VỤ");
        Section purpose = parts.get(0).children().get(0);
        assertThat(purpose.level()).isEqualTo(SectionLevel.ITEM);
        assertThat(purpose.heading()).isEqualTo("Mục đích");
        assertThat(purpose.children()).hasSize(4).extracting(Section::level).containsOnly(SectionLevel.BULLET);
        Section attendees = parts.get(1).children().get(1);
        assertThat(attendees.heading()).isEqualTo("Số lượng, thành phần mới: Dự kiến khoảng 230 người");
        assertThat(attendees.children()).extracting(Section::level).containsOnly(SectionLevel.POINT);
        assertThat(attendees.children()).extracting(Section::heading).containsExactly("Cấp tỉnh", "Cấp huyện", "Cấp xã", null);
        assertThat(attendees.children().get(0).children()).hasSize(5);
        assertThat(attendees.children().get(3).text()).isEqualTo("Đại diện các tập thể, cá nhân được tặng bằng khen.");
        Section reports = parts.get(2);
        assertThat(reports.children().get(0).heading()).isNull();
        assertThat(reports.children().get(0).text()).startsWith("Báo cáo sơ kết 03 năm");
        assertThat(reports.children().get(1).children()).hasSize(12).extracting(Section::level).containsOnly(SectionLevel.POINT);
        assertThat(OutlineNumbering.labels(reports.children().get(1).children()).get(4)).isEqualTo("đ)");
        assertThat(parts.get(3).text()).isEqualTo("Thực hiện theo quy định hiện hành.");
        assertThat(parts.get(4).children()).extracting(Section::heading).containsExactly(
                "Sở Nông nghiệp và Phát triển nông thôn", "Sở Nội vụ",
                "Các sở, ban, ngành; Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các tổ chức chính trị - xã hội tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố");

        assertThat(plan.closingText()).startsWith("Trên đây là Kế hoạch").contains("(*cơ quan thường trực").endsWith("./.");
        assertThat(plan.signature().collective()).isEqualTo("ỦY BAN NHÂN DÂN");
        assertThat(plan.signature().authority()).isEqualTo(SigningAuthority.FOR_HEAD);
        assertThat(plan.signature().headTitle()).isEqualTo("CHỦ TỊCH");
        assertThat(plan.signature().signerTitle()).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(plan.signature().signerName()).isEqualTo("Dương Mah Tiệp");
        assertThat(plan.recipients()).hasSize(9);
        assertThat(plan.recipients().get(0).text()).isEqualTo("TT Tỉnh ủy, TT HĐND tỉnh");
        assertThat(plan.recipients().get(0).purpose()).isEqualTo("b/c");
        assertThat(plan.archiveLine()).isEqualTo("VT, NC, NL");

        // The planted slips (parts V before IV, TM without full stop) and the real one of the seed (e after d).
        List<String> normalised = report.lines(Kind.NORMALISED).stream().map(ImportReport.Line::message).toList();
        LOG.info("Report of the typed seed:\n{}", report.printed());
        assertThat(normalised).hasSize(4);
        assertThat(normalised.get(0)).contains("“e)”", "“d)”", "“đ)”");
        assertThat(normalised.get(1)).contains("“V.”", "“III.”", "“IV.”");
        assertThat(normalised.get(2)).contains("“IV.”", "“V.”");
        assertThat(normalised.get(3)).contains("TM ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN");
        everyParagraphIsInThePlanOrTheReport(seedLines(), plan, report);
    }

    /** Nothing silently dropped: every non-empty source line is in the plan's texts or in the report. */
    static void everyParagraphIsInThePlanOrTheReport(List<String> lines, Plan plan, ImportReport report) {
        StringBuilder all = new StringBuilder();
        all.append(plan.header().issuingBody()).append('\n').append(plan.header().governingBody()).append('\n')
                .append(plan.title()).append('\n').append(String.join("\n", plan.legalBases())).append('\n')
                .append(plan.preamble()).append('\n').append(plan.closingText()).append('\n')
                .append(plan.contactText()).append('\n').append(plan.archiveLine()).append('\n');
        collect(plan.outline(), all);
        for (vn.kehoach.domain.Appendix a : plan.appendices()) {
            all.append(a.title()).append('\n');
            a.table().forEach(r -> all.append(String.join("\n", r)).append('\n'));
        }
        plan.recipients().forEach(r -> all.append(r.printed()).append('\n'));
        if (plan.signature() != null) {
            plan.signature().authorityLines().forEach(l -> all.append(l).append('\n'));
            all.append(plan.signature().signerName()).append('\n');
        }
        String haystack = OfficialWording.plain(all.toString()) + "\n" + report.printed();
        for (String line : lines) {
            String words = OfficialWording.plain(line).replaceFirst("^([IVX]+\\.|\\d+\\.|[a-zđ]\\)|[-+]|TM|Số:)\\s*", "")
                    .replaceAll("[;.]+$", "").strip();
            if (words.length() > 3) {
                assertThat(haystack).as("source line kept").contains(words.length() > 40 ? words.substring(0, 40) : words);
            }
        }
    }

    private static void collect(List<Section> sections, StringBuilder all) {
        for (Section s : sections) {
            all.append(s.heading()).append('\n').append(s.text()).append('\n');
            s.table().forEach(r -> all.append(String.join("\n", r)).append('\n'));
            collect(s.children(), all);
        }
    }

    @Test
    void wordAutomaticNumberingGivesTheLevelsThoughTheNumbersAreNotInTheText() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ONE);
            Object[][] levels = {{STNumberFormat.UPPER_ROMAN, "%1."}, {STNumberFormat.DECIMAL, "%2."},
                    {STNumberFormat.LOWER_LETTER, "%3)"}, {STNumberFormat.BULLET, "-"}};
            for (int i = 0; i < levels.length; i++) {
                CTLvl lvl = abs.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(i));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal((STNumberFormat.Enum) levels[i][0]);
                lvl.addNewLvlText().setVal((String) levels[i][1]);
            }
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
            BigInteger numId = numbering.addNum(absId);
            para(doc, "ỦY BAN NHÂN DÂN", null, numId);
            para(doc, "TỈNH GIA LAI", null, numId);
            para(doc, "Số:      /KH-UBND", null, numId);
            para(doc, "Gia Lai, ngày      tháng      năm 2024", null, numId);
            para(doc, "KẾ HOẠCH", null, numId);
            para(doc, "Triển khai phong trào thi đua năm 2024", null, numId);
            para(doc, "MỤC ĐÍCH, YÊU CẦU", 0, numId);
            para(doc, "Mục đích", 1, numId);
            para(doc, "Động viên các tầng lớp nhân dân tham gia.", 3, numId);
            XWPFParagraph tracked = para(doc, "Biểu dương ", 3, numId);
            tracked.getCTP().addNewIns().addNewR().addNewT().setStringValue("kịp thời");
            tracked.getCTP().addNewDel().addNewR().addNewDelText().setStringValue("chậm trễ");
            para(doc, "Yêu cầu", 1, numId);
            para(doc, "Cấp tỉnh", 2, numId);
            para(doc, "Cấp huyện", 2, numId);
            para(doc, "NỘI DUNG", 0, numId);
            para(doc, "Tổ chức phát động.", 1, numId);
            para(doc, "Trên đây là Kế hoạch triển khai phong trào thi đua năm 2024./.", null, numId);
            doc.write(out);
            docx = out.toByteArray();
        }
        WordImport imported = DocxImportTest.importBytes(docx);
        List<Section> parts = imported.plan().outline();
        assertThat(DocxImportTest.printed(parts)).containsExactly(
                "PART # MỤC ĐÍCH, YÊU CẦU",
                "ITEM # MỤC ĐÍCH",
                "BULLET Động viên các tầng lớp nhân dân tham gia.",
                "BULLET Biểu dương kịp thời",
                "ITEM # YÊU CẦU",
                "POINT # CẤP TỈNH",
                "POINT # CẤP HUYỆN",
                "PART # NỘI DUNG",
                "ITEM Tổ chức phát động.");
        assertThat(imported.plan().header().year()).isEqualTo(2024);
        assertThat(imported.sourceNumber()).isNull();
        assertThat(imported.report().lines(Kind.NORMALISED)).isEmpty();
        assertThat(imported.report().printed()).contains("đánh số tự động của Word", "8 ký tự đã bị xóa");
    }

    private static XWPFParagraph para(XWPFDocument doc, String text, Integer level, BigInteger numId) {
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(text);
        if (level != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        return p;
    }

    @Test
    void decimalItemsAreTurnedIntoTheOfficialForm() throws Exception {
        WordImport imported = DocxImportTest.importBytes(typed(List.of(
                "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 7/KH-UBND", "Gia Lai, ngày 05 tháng 3 năm 2024",
                "KẾ HOẠCH", "Tổ chức Hội nghị tổng kết năm 2023", "",
                "I. NỘI DUNG",
                "1. Công tác chuẩn bị",
                "1.1. Tài liệu",
                "- In sao tài liệu hội nghị.",
                "1.2. Hội trường",
                "II. TỔ CHỨC THỰC HIỆN",
                "2.1. Sở Nội vụ",
                "- Chuẩn bị khen thưởng.",
                "2.2. Sở Tài chính",
                "2.2.1. Thẩm định kinh phí.",
                "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết năm 2023./.")));
        assertThat(DocxImportTest.printed(imported.plan().outline())).containsExactly(
                "PART # NỘI DUNG",
                "ITEM # CÔNG TÁC CHUẨN BỊ",
                "POINT # TÀI LIỆU",
                "BULLET In sao tài liệu hội nghị.",
                "POINT # HỘI TRƯỜNG",
                "PART # TỔ CHỨC THỰC HIỆN",
                "ITEM # SỞ NỘI VỤ",
                "BULLET Chuẩn bị khen thưởng.",
                "ITEM # SỞ TÀI CHÍNH",
                "POINT Thẩm định kinh phí.");
        List<String> normalised = imported.report().lines(Kind.NORMALISED).stream().map(ImportReport.Line::message).toList();
        assertThat(normalised).hasSize(5);
        assertThat(normalised.get(0)).contains("“1.1.”", "“a)”");
        assertThat(normalised.get(2)).contains("“2.1.”", "“1.”");
        assertThat(normalised.get(4)).contains("“2.2.1.”", "“a)”");
        assertThat(imported.sourceNumber()).isEqualTo(7);
    }

    @Test
    void withoutAKindLineTheRunningTextEndsTheHeader() throws Exception {
        WordImport imported = DocxImportTest.importBytes(typed(List.of(
                "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", "Số: 25 /KH - BCĐ", "Lào Cai, ngày 21 tháng 01 năm 2022",
                "Thực hiện Chương trình công tác của Ban Chỉ đạo, Ban Chỉ đạo tỉnh xây dựng Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU", "- Đánh giá kết quả năm 2021.",
                "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết năm 2021/.")));
        Plan plan = imported.plan();
        assertThat(plan.header().symbol()).isEqualTo("KH-BCĐ");
        assertThat(plan.header().issuingBody()).isEqualTo("BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG");
        assertThat(plan.preamble()).startsWith("Thực hiện Chương trình công tác");
        assertThat(DocxImportTest.printed(plan.outline())).containsExactly("PART # MỤC ĐÍCH, YÊU CẦU",
                "BULLET Đánh giá kết quả năm 2021.");
        assertThat(plan.closingText()).endsWith("năm 2021./.");
        List<String> normalised = imported.report().lines(Kind.NORMALISED).stream().map(ImportReport.Line::message).toList();
        assertThat(normalised).hasSize(2);
        assertThat(normalised.get(0)).contains("Số: 25 /KH - BCĐ", "Số: 25/KH-BCĐ");
        assertThat(normalised.get(1)).contains("“/.”", "“./.”");
        assertThat(imported.report().lines(Kind.KEPT_AS_TEXT)).extracting(ImportReport.Line::message)
                .contains(Messages.get("wordimport.header.noKind"));
    }

    @Test
    void aFileThatIsNotADocxIsEncryptedOrBrokenGetsAClearMessage() throws Exception {
        assertThatThrownBy(() -> DocxImportTest.importBytes("Kế hoạch".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UserError.class).hasMessage(Messages.get("wordimport.error.notDocx", "test.docx"));
        assertThatThrownBy(() -> DocxImportTest.importBytes(new byte[0]))
                .isInstanceOf(UserError.class).hasMessage(Messages.get("wordimport.error.notDocx", "test.docx"));
        ByteArrayOutputStream ole = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[16]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[16]), "EncryptedPackage");
            fs.writeFilesystem(ole);
        }
        assertThatThrownBy(() -> DocxImportTest.importBytes(ole.toByteArray()))
                .isInstanceOf(UserError.class).hasMessage(Messages.get("wordimport.error.encrypted", "test.docx"));
        byte[] good = typed(List.of("KẾ HOẠCH", "Thử"));
        byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
        assertThatThrownBy(() -> DocxImportTest.importBytes(cut))
                .isInstanceOf(UserError.class).hasMessage(Messages.get("wordimport.error.broken", "test.docx"));
    }

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
            + "xmlns:v=\"urn:schemas-microsoft-com:vml\" "
            + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            + "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
            + "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"";

    private static String boxParagraphs(String... lines) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            boolean bold = line.startsWith("**");
            String text = bold ? line.substring(2) : line;
            sb.append("<w:p><w:r>").append(bold ? "<w:rPr><w:b/></w:rPr>" : "").append("<w:t xml:space=\"preserve\">")
                    .append(text).append("</w:t></w:r></w:p>");
        }
        return sb.toString();
    }

    @Test
    void aHeaderInTwoTextBoxesIsRead() throws Exception {
        byte[] docx;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph host = doc.createParagraph();
            // Left: a VML text box (LibreOffice, old Word). Right: a DrawingML box with its VML fallback (Word).
            String left = "<w:r " + NS + "><w:pict><v:shape><v:textbox><w:txbxContent>"
                    + boxParagraphs("UBND TỈNH GIA LAI", "**SỞ NỘI VỤ", "Số: 12/KH-SNV")
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
            String rightBox = boxParagraphs("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "**Độc lập - Tự do - Hạnh phúc",
                    "Gia Lai, ngày 10 tháng 3 năm 2024");
            String right = "<w:r " + NS + "><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
                    + "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>" + rightBox
                    + "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
                    + "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>" + rightBox
                    + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
            host.getCTP().addNewR().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(left, new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null)));
            host.getCTP().addNewR().set(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR.Factory.parse(right, new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null)));
            for (String line : List.of("KẾ HOẠCH", "Tổ chức Hội nghị cán bộ năm 2024", "", "I. NỘI DUNG",
                    "- Tổng kết công tác năm 2023.", "Trên đây là Kế hoạch tổ chức Hội nghị cán bộ năm 2024./.")) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        WordImport imported = DocxImportTest.importBytes(docx);
        Plan plan = imported.plan();
        assertThat(plan.header().governingBody()).isEqualTo("UBND TỈNH GIA LAI");
        assertThat(plan.header().governingBodyId()).isEqualTo(PlanFixtures.UBND_GIA_LAI);
        assertThat(plan.header().issuingBody()).isEqualTo("SỞ NỘI VỤ");
        assertThat(plan.header().issuingBodyId()).isEqualTo(PlanFixtures.SNV);
        assertThat(plan.header().symbol()).isEqualTo("KH-SNV");
        assertThat(imported.sourceNumber()).isEqualTo(12);
        assertThat(imported.sourceDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 10));
        assertThat(plan.title()).isEqualTo("Tổ chức Hội nghị cán bộ năm 2024");
        assertThat(DocxImportTest.printed(plan.outline())).containsExactly("PART # NỘI DUNG",
                "BULLET Tổng kết công tác năm 2023.");
        assertThat(imported.report().printed()).contains("hộp văn bản");
        // The DrawingML box and its VML fallback are one box: the national title is read once.
        assertThat(imported.report().printed().split("Quốc hiệu", -1)).hasSize(2);
    }

    @Test
    void benchmarkTwentyPages() throws Exception {
        List<String> lines = new ArrayList<>(List.of("ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 125/KH-UBND",
                "Gia Lai, ngày 05 tháng 9 năm 2023", "KẾ HOẠCH", "Kế hoạch dài hai mươi trang", ""));
        String sentence = "Chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố và các đơn vị liên quan tổ chức triển khai thực hiện Kế hoạch này đảm bảo chất lượng và đúng tiến độ";
        for (int part = 1; part <= 4; part++) {
            lines.add(OutlineNumbering.roman(part) + ". PHẦN THỨ " + part);
            for (int item = 1; item <= 6; item++) {
                lines.add(item + ". Mục " + item);
                for (int point = 0; point < 3; point++) {
                    lines.add(OutlineNumbering.POINT_LETTERS.get(point) + ") Điểm " + point);
                    for (int b = 0; b < 3; b++) {
                        lines.add("- " + sentence + ";");
                    }
                }
            }
        }
        lines.add("Trên đây là Kế hoạch./.");
        byte[] docx = typed(lines);
        for (int i = 0; i < 3; i++) {
            DocxImportTest.importBytes(docx);
        }
        int runs = 5;
        long start = System.nanoTime();
        WordImport last = null;
        for (int i = 0; i < runs; i++) {
            last = DocxImportTest.importBytes(docx);
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        // About 20 pages: 216 bullets of three lines at 14 pt, 72 points, 24 items, 4 parts (~720 printed lines).
        assertThat(last.plan().outline()).hasSize(4);
        // How many pages the plan is, printed by the app itself.
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        new PdfWriter().write(new PlanLayout(PlanFixtures.lookup()).layout(last.plan()), pdf);
        int pages;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            pages = doc.getNumberOfPages();
        }
        assertThat(pages).isGreaterThanOrEqualTo(20);
        String figure = String.format(java.util.Locale.ROOT, "Word import of a %d-page plan (%d paragraphs, %d KB DOCX): %.1f ms per import (mean of %d after 3 warm-ups)",
                pages, lines.size(), docx.length / 1024, ms, runs);
        LOG.info("BENCHMARK {}", figure);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "wordimport-benchmark.txt"), figure + "\n");
    }
}
