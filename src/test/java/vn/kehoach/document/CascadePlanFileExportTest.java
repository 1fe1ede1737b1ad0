package vn.kehoach.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.app.Documents;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.PlanTransfer;
import vn.kehoach.store.SampleLoader;
import vn.kehoach.store.planfile.PlanFile;
import vn.kehoach.store.planfile.PlanFileCodec;

/**
 * Issue 11: a cascade of review conferences (xã → huyện → tỉnh) with 60 presentations by single
 * units, several units and described collectives, entered through a plan file, exported to DOCX
 * and PDF and read back.
 */
class CascadePlanFileExportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DEPARTMENTS = {"Sở Nông nghiệp và Phát triển nông thôn tỉnh Gia Lai",
            "Sở Tài nguyên và Môi trường tỉnh Gia Lai", "Sở Tài chính tỉnh Gia Lai", "Sở Kế hoạch và Đầu tư tỉnh Gia Lai",
            "Sở Nội vụ tỉnh Gia Lai", "Sở Lao động - Thương binh và Xã hội tỉnh Gia Lai", "Ban Dân tộc tỉnh Gia Lai",
            "Sở Xây dựng tỉnh Gia Lai", "Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai", "Bộ Chỉ huy Quân sự tỉnh Gia Lai",
            "Hội Liên hiệp Phụ nữ tỉnh Gia Lai", "Hội Nông dân tỉnh Gia Lai",
            "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh Gia Lai", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai",
            "Văn phòng Điều phối nông thôn mới tỉnh Gia Lai"};
    private static final String[] DISTRICTS = {"Ủy ban nhân dân thành phố Pleiku", "Ủy ban nhân dân thị xã An Khê",
            "Ủy ban nhân dân huyện Đak Đoa", "Ủy ban nhân dân huyện Chư Păh", "Ủy ban nhân dân huyện Ia Grai"};
    private static final String[] COMMUNES = {"Ủy ban nhân dân xã Biển Hồ, thành phố Pleiku",
            "Ủy ban nhân dân xã Chư Á, thành phố Pleiku", "Ủy ban nhân dân xã Tân Sơn, thành phố Pleiku",
            "Ủy ban nhân dân xã Song An, thị xã An Khê", "Ủy ban nhân dân xã Xuân An, thị xã An Khê",
            "Ủy ban nhân dân xã Glar, huyện Đak Đoa", "Ủy ban nhân dân xã Tân Bình, huyện Đak Đoa",
            "Ủy ban nhân dân xã Hà Bầu, huyện Đak Đoa", "Ủy ban nhân dân xã Nghĩa Hưng, huyện Chư Păh",
            "Ủy ban nhân dân xã Ia Ka, huyện Chư Păh", "Ủy ban nhân dân xã Ia Hrung, huyện Ia Grai",
            "Ủy ban nhân dân xã Ia Dêr, huyện Ia Grai"};

    @TempDir
    Path temp;
    AppContext ctx;

    /** The names each presentation must print, in order: its units, then its described collective. */
    final List<List<String>> expected = new ArrayList<>();

    @BeforeEach
    void open() {
        ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(temp.resolve("kehoach")), true);
        new SampleLoader(ctx.database()).loadIntoEmpty();
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        ctx.close();
    }

    private static ObjectNode body(String name, Level level) {
        return JSON.createObjectNode().put("name", name).put("level", level.name());
    }

    private ObjectNode presentation(int n, String lead, Level leadLevel, List<String> supporting, String performers) {
        ObjectNode t = JSON.createObjectNode().put("kind", "PRESENTATION")
                .put("title", "Tham luận số " + n + " về kinh nghiệm xây dựng nông thôn mới");
        List<String> names = new ArrayList<>();
        if (lead != null) {
            t.set("lead", body(lead, leadLevel));
            names.add(lead);
        }
        ArrayNode s = t.putArray("supporting");
        supporting.forEach(u -> s.add(body(u, Level.PROVINCE)));
        names.addAll(supporting);
        if (performers != null) {
            t.put("performers", performers);
            names.add(performers);
        }
        if (n % 2 == 0) {
            t.put("daysBeforeEvent", 10).put("eventLevel", "DISTRICT");
        } else {
            t.put("dueDate", "2023-09-20");
        }
        expected.add(names);
        return t;
    }

    /** Sample plan 001 (Gia Lai) made a three-level cascade with 60 presentations. */
    private Path cascadeFile() throws Exception {
        ObjectNode root;
        try (InputStream in = getClass().getResourceAsStream("/sample/plans/001-gia-lai-so-ket-3-nam.json")) {
            root = (ObjectNode) JSON.readTree(in);
        }
        ObjectNode plan = (ObjectNode) root.get("plan");
        plan.put("title", "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng "
                + "nông thôn mới từ cấp xã đến cấp tỉnh");
        ArrayNode outline = plan.putArray("outline");
        ObjectNode time = outline.addObject().put("level", "PART").put("heading", "THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
        time.putArray("children").addObject().put("level", "ITEM").put("heading", "Hội nghị các cấp")
                .put("boundBlock", "LEVEL_MEETINGS");
        ObjectNode papers = outline.addObject().put("level", "PART").put("heading", "BÁO CÁO PHỤC VỤ HỘI NGHỊ");
        papers.putArray("children").addObject().put("level", "ITEM").put("heading", "Báo cáo tham luận")
                .put("boundBlock", "PRESENTATIONS");
        outline.addObject().put("level", "PART").put("heading", "PHÂN CÔNG NHIỆM VỤ").put("boundBlock", "TASKS_BY_UNIT");

        ArrayNode tasks = plan.putArray("tasks");
        ObjectNode guide = tasks.addObject().put("title", "Hướng dẫn cấp xã tổ chức Hội nghị sơ kết")
                .put("performers", "Ủy ban nhân dân các huyện, thị xã, thành phố")
                .put("daysBeforeEvent", 10).put("eventLevel", "DISTRICT");
        guide.putArray("supporting");
        int n = 0;
        for (int i = 0; i < 20; i++) {
            tasks.add(presentation(++n, DEPARTMENTS[i % DEPARTMENTS.length], Level.PROVINCE, List.of(), null));
        }
        for (int i = 0; i < 15; i++) {
            List<String> with = i % 3 == 0 ? List.of(DEPARTMENTS[(i + 1) % 15], DEPARTMENTS[(i + 2) % 15])
                    : List.of(DEPARTMENTS[(i + 4) % 15]);
            tasks.add(presentation(++n, DEPARTMENTS[i], Level.PROVINCE, with, null));
        }
        for (String commune : COMMUNES) {
            tasks.add(presentation(++n, commune, Level.COMMUNE, List.of(), null));
        }
        for (int i = 0; i < 8; i++) {
            String district = DISTRICTS[i % DISTRICTS.length];
            tasks.add(presentation(++n, district, Level.DISTRICT, List.of(),
                    i % 2 == 0 ? "mỗi huyện 01 thôn, 01 hợp tác xã" : "01 thôn đạt chuẩn nông thôn mới kiểu mẫu"));
        }
        String[] collectives = {"Đại diện 03 hợp tác xã tiêu biểu", "Đại diện các thôn đạt chuẩn nông thôn mới kiểu mẫu",
                "Đại diện doanh nghiệp có sản phẩm OCOP 4 sao", "Các tổ hợp tác trồng cà phê bền vững",
                "Đại diện hộ gia đình điển hình tiên tiến"};
        for (String c : collectives) {
            tasks.add(presentation(++n, null, null, List.of(), c));
        }
        assertThat(n).isEqualTo(60);

        ObjectNode conference = (ObjectNode) plan.get("conference");
        conference.put("windowStart", "2023-11-20").put("windowEnd", "2023-11-30");
        ArrayNode sites = conference.putArray("sites");
        sites.addObject().put("level", "COMMUNE").put("name", "Hội trường Ủy ban nhân dân xã")
                .put("chair", "Chủ tịch Ủy ban nhân dân xã").put("windowStart", "2023-10-01")
                .put("deadline", "2023-10-15").put("reportDeadline", "2023-10-20").put("reportsTo", "DISTRICT");
        sites.addObject().put("level", "DISTRICT").put("name", "Do Ủy ban nhân dân cấp huyện bố trí")
                .put("chair", "Chủ tịch Ủy ban nhân dân huyện, thị xã, thành phố").put("deadline", "2023-10-31")
                .put("reportDeadline", "2023-11-05").put("reportsTo", "PROVINCE");
        sites.addObject().put("level", "PROVINCE").put("name", "Hội trường 2/9")
                .put("address", "số 04 Hoàng Hoa Thám, thành phố Pleiku").put("chair", "Chủ tịch Ủy ban nhân dân tỉnh")
                .put("windowStart", "2023-11-20").put("deadline", "2023-11-30");
        ArrayNode groups = (ArrayNode) conference.get("attendeeGroups");
        groups.addObject().put("level", "COMMUNE").put("description", "Thành viên Ban Chỉ đạo xã");
        groups.addObject().put("level", "COMMUNE").put("description", "Bí thư chi bộ, Trưởng thôn, bản");
        groups.addObject().put("level", "DISTRICT").put("description", "Thành viên Ban Chỉ đạo cấp huyện");

        ArrayNode appendices = plan.putArray("appendices");
        appendices.addObject().put("kind", "PRESENTATIONS").put("enabled", true);
        appendices.addObject().put("kind", "ASSIGNMENT").put("enabled", true);
        Path file = temp.resolve("cascade.kehoach.json");
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
        return file;
    }

    @Test
    void aCascadePlanFromAPlanFilePrintsEachLevelAndEveryPresenter() throws Exception {
        Path file = cascadeFile();
        Plan plan = new PlanTransfer(ctx.database()).importFile(file, true).plan();
        assertThat(plan.tasks()).hasSize(61);
        assertThat(plan.conference().isCascade()).isTrue();

        Path pdf = temp.resolve("cascade.pdf");
        Path docx = temp.resolve("cascade.docx");
        Documents.of(ctx).plan().exportPdf(plan, pdf);
        Documents.of(ctx).plan().exportDocx(plan, docx);

        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        String squashed = PlanExportTest.squash(text);
        assertThat(squashed).contains("Hội nghị cấp xã", "Hội nghị cấp huyện", "Hội nghị cấp tỉnh",
                "Thời gian: từ ngày 01/10/2023 đến ngày 15/10/2023;",
                "Chủ trì: Chủ tịch Ủy ban nhân dân xã;",
                "Thành viên Ban Chỉ đạo xã; Bí thư chi bộ, Trưởng thôn, bản;",
                "Báo cáo kết quả Hội nghị về cấp huyện trước ngày 20/10/2023.",
                "Thời gian: hoàn thành trước ngày 31/10/2023;",
                "Báo cáo kết quả Hội nghị về cấp tỉnh trước ngày 05/11/2023.",
                "Địa điểm: Hội trường 2/9 (số 04 Hoàng Hoa Thám, thành phố Pleiku);",
                // a task of a collective with no lead heads its own item; 10 days before the district meeting (31/10)
                "Ủy ban nhân dân các huyện, thị xã, thành phố",
                "Hướng dẫn cấp xã tổ chức Hội nghị sơ kết trước ngày 21/10/2023.");
        // the presentation list in the body and in the appendix: every name of every presentation
        String flat = text.replaceAll("\\s+", "");
        for (int i = 0; i < expected.size(); i++) {
            String line = "Thamluậnsố" + (i + 1) + "vềkinhnghiệmxâydựngnôngthônmới:"
                    + String.join(";", expected.get(i)).replaceAll("\\s+", "") + ".";
            assertThat(flat).as("presentation %d in the body", i + 1).contains(line);
        }

        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable table = doc.getTables().stream()
                    .filter(t -> cellText(t.getRow(0), 1).equals("Chủ đề tham luận")).findFirst().orElseThrow();
            assertThat(table.getRows()).hasSize(61);
            for (int i = 0; i < expected.size(); i++) {
                XWPFTableRow row = table.getRow(i + 1);
                assertThat(cellText(row, 1)).startsWith("Tham luận số " + (i + 1) + " ");
                assertThat(cellLines(row, 2)).as("row %d", i + 1).containsExactlyElementsOf(expected.get(i));
                assertThat(cellText(row, 3)).isEqualTo(i % 2 == 1 ? "Trước hội nghị cấp huyện 10 ngày"
                        : "Trước ngày 20/09/2023");
            }
            XWPFTable assignment = doc.getTables().stream()
                    .filter(t -> cellText(t.getRow(0), 1).equals("Nhiệm vụ")).findFirst().orElseThrow();
            assertThat(cellText(assignment.getRow(1), 2)).isEqualTo("Ủy ban nhân dân các huyện, thị xã, thành phố");
        }
    }

    @Test
    void theCascadeComesBackInThePlanFileItIsExportedTo() throws Exception {
        Path file = cascadeFile();
        PlanFile written = PlanFileCodec.read(file);
        Plan plan = new PlanTransfer(ctx.database()).importFile(file, true).plan();
        Path out = temp.resolve("again.kehoach.json");
        new PlanTransfer(ctx.database()).exportFile(plan.id(), out);
        PlanFile again = PlanFileCodec.read(out);
        assertThat(again.plan().conference().sites()).isEqualTo(written.plan().conference().sites());
        assertThat(again.plan().tasks()).extracting(PlanFile.TaskDto::title, PlanFile.TaskDto::performers,
                        PlanFile.TaskDto::eventLevel)
                .isEqualTo(written.plan().tasks().stream().map(t -> org.assertj.core.groups.Tuple.tuple(t.title(),
                        t.performers(), t.eventLevel())).toList());
        // the written file names the new fields only where they are set
        String json = Files.readString(out);
        assertThat(json).contains("\"performers\": \"mỗi huyện 01 thôn, 01 hợp tác xã\"", "\"reportsTo\": \"DISTRICT\"");
    }

    @Test
    void aPlanFileWrittenBeforeCascadesStillOpensAndPrintsAsBefore() throws Exception {
        Path file = temp.resolve("old.kehoach.json");
        try (InputStream in = getClass().getResourceAsStream("/sample/plans/001-gia-lai-so-ket-3-nam.json")) {
            Files.write(file, in.readAllBytes());
        }
        assertThat(Files.readString(file)).doesNotContain("performers", "eventLevel", "reportsTo", "reportDeadline");
        Plan plan = new PlanTransfer(ctx.database()).importFile(file, true).plan();
        assertThat(plan.tasks()).allMatch(t -> t.performers() == null && t.eventLevel() == null);
        assertThat(plan.conference().isCascade()).isFalse();
        assertThat(plan.conference().sites()).singleElement()
                .satisfies(s -> assertThat(s.windowStart()).isNull());
        Path pdf = temp.resolve("old.pdf");
        Documents.of(ctx).plan().exportPdf(plan, pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = PlanExportTest.squash(new PDFTextStripper().getText(doc));
        }
        Task ocop = plan.tasks().stream().filter(t -> t.kind() == TaskKind.PRESENTATION).findFirst().orElseThrow();
        assertThat(text).contains(PlanExportTest.squash(ocop.title()));
    }

    private static String cellText(XWPFTableRow row, int cell) {
        return String.join("\n", cellLines(row, cell));
    }

    private static List<String> cellLines(XWPFTableRow row, int cell) {
        return row.getCell(cell).getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
