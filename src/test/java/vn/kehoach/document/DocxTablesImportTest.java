package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.document.wordimport.DocxPlanReader;
import vn.kehoach.document.wordimport.ImportReport;
import vn.kehoach.document.wordimport.ImportReport.Kind;
import vn.kehoach.document.wordimport.WordImport;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.AppendixKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;

/**
 * Tables in the body of a Word file come in as tables of the outline, and "Phụ lục …" parts as
 * free appendices; printed again, both are real bordered tables in the DOCX and the PDF.
 */
class DocxTablesImportTest {
    static final List<List<String>> PREPARATION = List.of(
            List.of("STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"),
            List.of("1", "Báo cáo tổng kết năm 2023", "Sở Nông nghiệp và PTNT", "Trước ngày 20/3/2024"),
            List.of("2", "Chuẩn bị hội trường, âm thanh", "Văn phòng UBND tỉnh", ""));
    static final List<List<String>> FUNDING = List.of(
            List.of("Nguồn", "Số tiền"),
            List.of("Ngân sách tỉnh", "50.000.000 đồng"));
    static final List<List<String>> SITES = List.of(
            List.of("STT", "Điểm cầu", "Địa chỉ"),
            List.of("1", "Điểm cầu tỉnh", "Hội trường UBND tỉnh"),
            List.of("2", "Điểm cầu huyện Chư Sê", "Hội trường UBND huyện"));

    @TempDir
    Path dir;

    /** A table of the source: its rows, a cell with "\n" written as two paragraphs. */
    record SourceTable(List<List<String>> rows) {}

    /** A DOCX typed as a clerk does: paragraphs, and bordered tables where a {@link SourceTable} stands. */
    static byte[] docx(List<Object> content) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            boolean centreNext = false;
            for (Object o : content) {
                if (o instanceof SourceTable t) {
                    XWPFTable table = doc.createTable(t.rows().size(), t.rows().get(0).size());
                    for (int r = 0; r < t.rows().size(); r++) {
                        for (int c = 0; c < t.rows().get(r).size(); c++) {
                            XWPFTableCell cell = table.getRow(r).getCell(c);
                            String[] paras = t.rows().get(r).get(c).split("\n");
                            cell.getParagraphs().get(0).createRun().setText(paras[0]);
                            for (int k = 1; k < paras.length; k++) {
                                cell.addParagraph().createRun().setText(paras[k]);
                            }
                        }
                    }
                    continue;
                }
                String line = (String) o;
                XWPFParagraph p = doc.createParagraph();
                boolean kind = line.equals("KẾ HOẠCH");
                if (kind || centreNext) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                centreNext = kind;
                p.createRun().setText(line);
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    static List<Object> source() {
        List<List<String>> preparation = new ArrayList<>(PREPARATION);
        // a cell of two paragraphs in the source: one line in the plan
        preparation.set(1, List.of("1", "Báo cáo tổng kết năm 2023", "Sở Nông nghiệp\nvà PTNT", "Trước ngày 20/3/2024"));
        return List.of(
                "ỦY BAN NHÂN DÂN", "TỈNH GIA LAI", "Số: 7/KH-UBND", "Gia Lai, ngày 05 tháng 3 năm 2024",
                "KẾ HOẠCH", "Tổ chức Hội nghị tổng kết năm 2023", "",
                "I. NỘI DUNG",
                "1. Phân công chuẩn bị",
                "Các đơn vị chuẩn bị theo bảng sau:",
                new SourceTable(preparation),
                "Các đơn vị gửi báo cáo đúng hạn.",
                "2. Kinh phí",
                "- Dự toán kinh phí tổ chức hội nghị:",
                new SourceTable(FUNDING),
                "II. TỔ CHỨC THỰC HIỆN",
                "- Sở Nội vụ chuẩn bị khen thưởng.",
                "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết năm 2023./.",
                "Phụ lục I",
                "DANH MỤC ĐIỂM CẦU",
                "(Kèm theo Kế hoạch số 7/KH-UBND ngày 05/3/2024 của UBND tỉnh Gia Lai)",
                new SourceTable(SITES),
                "Phụ lục II: DANH SÁCH BÁO CÁO THAM LUẬN",
                "Ghi chú: danh sách có thể bổ sung.");
    }

    static WordImport imported() throws Exception {
        return DocxImportTest.importBytes(docx(source()));
    }

    @Test
    void aBodyTableImportsAsTheTableOfTheSectionItFollows() throws Exception {
        WordImport imported = imported();
        Plan plan = imported.plan();
        Section preparation = plan.outline().get(0).children().get(0);
        assertThat(preparation.heading()).isEqualTo("Phân công chuẩn bị");
        assertThat(preparation.text()).isEqualTo("Các đơn vị chuẩn bị theo bảng sau:");
        assertThat(preparation.table()).isEqualTo(PREPARATION);
        // the paragraph after the table prints after it, in a section of its own
        assertThat(preparation.children()).singleElement().satisfies(s -> {
            assertThat(s.level()).isEqualTo(SectionLevel.PARAGRAPH);
            assertThat(s.text()).isEqualTo("Các đơn vị gửi báo cáo đúng hạn.");
            assertThat(s.table()).isEmpty();
        });
        Section bullet = plan.outline().get(0).children().get(1).children().get(0);
        assertThat(bullet.level()).isEqualTo(SectionLevel.BULLET);
        assertThat(bullet.table()).isEqualTo(FUNDING);
        assertThat(plan.outline().get(1).children()).singleElement().satisfies(s -> assertThat(s.table()).isEmpty());
        assertThat(DocxImportTest.printed(plan.outline())).noneMatch(l -> l.contains("|"));
        assertThat(imported.report().lines(Kind.RECOGNISED)).extracting(ImportReport.Line::message)
                .contains("bảng 3 dòng × 4 cột giữ thành bảng trong đề cương (dòng đầu là dòng tiêu đề;"
                        + " nhiều đoạn trong một ô nối thành một dòng)");
    }

    @Test
    void appendicesImportAsFreeAppendicesOfTheDraft() throws Exception {
        WordImport imported = imported();
        List<Appendix> appendices = imported.plan().appendices();
        assertThat(appendices).extracting(Appendix::kind).containsExactly(AppendixKind.FREE, AppendixKind.FREE);
        assertThat(appendices).allMatch(Appendix::enabled);
        assertThat(appendices.get(0).title()).isEqualTo("DANH MỤC ĐIỂM CẦU");
        assertThat(appendices.get(0).table()).isEqualTo(SITES);
        assertThat(appendices.get(1).title()).isEqualTo("DANH SÁCH BÁO CÁO THAM LUẬN");
        assertThat(appendices.get(1).table()).isEmpty();
        // the appendices are not outline text
        assertThat(DocxImportTest.printed(imported.plan().outline())).noneMatch(l -> l.contains("ĐIỂM CẦU"));
        List<String> kept = imported.report().lines(Kind.KEPT_AS_TEXT).stream().map(ImportReport.Line::message).toList();
        assertThat(kept).containsExactly("Phụ lục II: dòng không thuộc tên hay bảng của phụ lục, chỉ giữ ở báo cáo:"
                + " Ghi chú: danh sách có thể bổ sung.");
        assertThat(imported.report().lines(Kind.RECOGNISED)).extracting(ImportReport.Line::message)
                .contains("“Phụ lục I”: thành phụ lục tự do của kế hoạch, tên “DANH MỤC ĐIỂM CẦU”, bảng 3 dòng × 3 cột",
                        "“Phụ lục II: DANH SÁCH BÁO CÁO THAM LUẬN”: thành phụ lục tự do của kế hoạch,"
                                + " tên “DANH SÁCH BÁO CÁO THAM LUẬN”, bảng 0 dòng × 0 cột");
    }

    @Test
    void theImportedTablesPrintAsRealTablesInDocxAndPdf() throws Exception {
        Plan plan = imported().plan();
        PlanDocumentExporter exporter = new PlanDocumentExporter(PlanFixtures.lookup());
        Path docx = dir.resolve("plan.docx");
        exporter.exportDocx(plan, docx);
        // tables in the body break no rule of the official format
        assertThat(FormatChecker.check(docx).failures()).isEmpty();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable preparation = tableStartingWith(doc, "STT", "Nội dung");
            assertThat(cells(preparation)).isEqualTo(PREPARATION);
            assertThat(preparation.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal()).isEqualTo(STBorder.SINGLE);
            assertThat(preparation.getCTTbl().getTblPr().getTblBorders().getTop().getVal()).isEqualTo(STBorder.SINGLE);
            assertThat(preparation.getRow(0).isRepeatHeader()).isTrue();
            assertThat(preparation.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
            assertThat(preparation.getRow(1).isRepeatHeader()).isFalse();
            assertThat(cells(tableStartingWith(doc, "Nguồn", "Số tiền"))).isEqualTo(FUNDING);
            assertThat(cells(tableStartingWith(doc, "STT", "Điểm cầu"))).isEqualTo(SITES);
        }
        Path pdf = dir.resolve("plan.pdf");
        exporter.exportPdf(plan, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // a cell's text may wrap in its column
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (List<List<String>> table : List.of(PREPARATION, FUNDING, SITES)) {
                table.stream().flatMap(List::stream).filter(c -> !c.isEmpty())
                        .forEach(c -> assertThat(text).contains(c));
            }
            assertThat(text).contains("Phụ lục I").contains("DANH MỤC ĐIỂM CẦU").contains("Phụ lục II");
            assertThat(text).doesNotContain("|");
        }
    }

    @Test
    void theTablesSurviveTheRoundTripThroughTheAppsOwnDocx() throws Exception {
        Plan plan = imported().plan();
        WordImport back = DocxImportTest.importBytes(DocxImportTest.export(plan));
        assertThat(tables(back.plan().outline())).isEqualTo(tables(plan.outline())).hasSize(2);
        assertThat(DocxImportTest.printed(back.plan().outline())).isEqualTo(DocxImportTest.printed(plan.outline()));
        assertThat(back.plan().appendices()).isEqualTo(plan.appendices());
    }

    @Test
    void aLaidOutTableInTheBodyIsBorderedWithItsHeaderRowAcrossThePortraitText() throws Exception {
        LaidOutDocument d = new PlanLayout(PlanFixtures.lookup()).layout(imported().plan());
        List<Block.Table> bordered = d.blocks().stream().filter(b -> b instanceof Block.Table t && t.borders())
                .map(b -> (Block.Table) b).toList();
        assertThat(bordered).hasSize(3);
        assertThat(bordered).allMatch(t -> t.headerRows() == 1 && !t.keepTogether());
        assertThat(bordered.get(0).widthMm()).isCloseTo(PageSetup.textWidthMm(false), org.assertj.core.data.Offset.offset(0.01));
        assertThat(bordered.get(2).widthMm()).isCloseTo(PageSetup.textWidthMm(true), org.assertj.core.data.Offset.offset(0.01));
        // the sentence that introduces a table stays on its page
        int at = d.blocks().indexOf(bordered.get(0));
        assertThat(((Block.Para) d.blocks().get(at - 1)).keepsWithNext()).isTrue();
    }

    @Test
    void anImportedDraftIsStoredWithItsTablesAndAppendicesAndPrintsThem() throws Exception {
        try (AppContext ctx = AppContext.open(new AppHome(dir.resolve("home")), new DatabaseFile(dir.resolve("kehoach")),
                true)) {
            Path source = dir.resolve("ke-hoach-nam-truoc.docx");
            Files.write(source, docx(source()));
            WordImport imported = new DocxPlanReader(ctx.organizations().all(), ctx.recipientGroups().all()).read(source);
            Plan back = ctx.plans().get(ctx.plans().save(imported.plan()).id());
            assertThat(tables(back.outline())).isEqualTo(List.of(PREPARATION, FUNDING));
            assertThat(back.appendices()).isEqualTo(imported.plan().appendices()).hasSize(2);
            Path docx = dir.resolve("du-thao.docx");
            Documents.of(ctx).plan().exportDocx(back, docx);
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
                assertThat(cells(tableStartingWith(doc, "STT", "Nội dung"))).isEqualTo(PREPARATION);
                assertThat(cells(tableStartingWith(doc, "STT", "Điểm cầu"))).isEqualTo(SITES);
            }
        }
    }

    @Test
    void aCellMergedAcrossColumnsKeepsTheColumnsAligned() throws Exception {
        List<Object> source = new ArrayList<>(source());
        int at = source.indexOf("II. TỔ CHỨC THỰC HIỆN");
        source.add(at, "- Kết quả:");
        source.add(at + 1, new SourceTable(List.of(List.of("Chỉ tiêu", "Năm 2022", "Năm 2023"),
                List.of("Số xã đạt chuẩn", "45", "52"), List.of("Tổng cộng (gộp ô)", "", ""))));
        byte[] bytes = docx(source);
        // merge the last row's three cells into one, as Word writes it: one cell spanning three grid columns
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(bytes));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTableRow last = tableStartingWith(doc, "Chỉ tiêu", "Năm 2022").getRow(2);
            last.removeCell(2);
            last.removeCell(1);
            last.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<List<List<String>>> tables = tables(DocxImportTest.importBytes(bytes).plan().outline());
        assertThat(tables.get(tables.size() - 1)).containsExactly(List.of("Chỉ tiêu", "Năm 2022", "Năm 2023"),
                List.of("Số xã đạt chuẩn", "45", "52"), List.of("Tổng cộng (gộp ô)", "", ""));
    }

    static List<List<List<String>>> tables(List<Section> sections) {
        List<List<List<String>>> out = new ArrayList<>();
        for (Section s : sections) {
            if (!s.table().isEmpty()) {
                out.add(s.table());
            }
            out.addAll(tables(s.children()));
        }
        return out;
    }

    static XWPFTable tableStartingWith(XWPFDocument doc, String first, String second) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getTableCells().size() >= 2
                        && t.getRow(0).getCell(0).getText().equals(first) && t.getRow(0).getCell(1).getText().equals(second))
                .findFirst().orElseThrow(() -> new AssertionError("no table " + first + " | " + second));
    }

    static List<List<String>> cells(XWPFTable t) {
        return t.getRows().stream().map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList()).toList();
    }

    @Test
    void everySourceLineIsInTheDraftOrTheReport() throws Exception {
        WordImport imported = imported();
        List<String> lines = new ArrayList<>();
        for (Object o : source()) {
            if (o instanceof String s) {
                lines.add(s);
            } else {
                ((SourceTable) o).rows().forEach(r -> r.forEach(c -> lines.addAll(List.of(c.split("\n")))));
            }
        }
        DocxImportFilesTest.everyParagraphIsInThePlanOrTheReport(lines, imported.plan(), imported.report());
    }
}
