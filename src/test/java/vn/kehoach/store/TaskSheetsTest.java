package vn.kehoach.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.document.AtomicFiles;
import vn.kehoach.document.TaskSheets;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.UnitLookup;

/** XLSX export and import of tasks on a real H2 file. */
class TaskSheetsTest {
    @TempDir
    Path temp;
    Database db;
    Fixtures f;
    PlanRepository plans;
    TaskService service;

    @BeforeEach
    void open() {
        db = Database.open(new DatabaseFile(temp.resolve("kehoach")), true);
        f = new Fixtures(new OrganizationRepository(db));
        plans = new PlanRepository(db);
        service = new TaskService(db, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Task> withoutIds(List<Task> tasks) {
        return tasks.stream().map(t -> t.withId(null)).toList();
    }

    @Test
    void exportThenImportIntoAnEmptyPlanGivesEqualTasks() throws Exception {
        Plan source = plans.save(f.conferencePlan());
        List<Task> tasks = service.ofPlan(source.id());
        Task relative = new Task(null, vn.kehoach.domain.TaskKind.TASK, "Gửi danh sách đại biểu", null,
                f.homeAffairs.id(), List.of(f.agriculture.id()), null, null, null, null, 10, null, null, null)
                .withPerformers("mỗi huyện 01 thôn, 01 hợp tác xã", null); // the sheet's last column
        service.add(source.id(), relative);
        tasks = service.ofPlan(source.id());
        Path file = temp.resolve("out").resolve("nhiem-vu.xlsx");
        List<Task> exported = tasks;
        AtomicFiles.write(file, os -> TaskSheets.writeTaskList(exported, UnitLookup.of(new OrganizationRepository(db).all()), os));
        assertThat(Files.list(file.getParent())).containsExactly(file); // no temp file left behind
        Plan empty = plans.save(new Plan(null, source.kind(), source.status(), source.header(), "Kế hoạch trống",
                List.of(), null, List.of(), null, null, null, List.of(), null, 1, null, List.of(), null));
        TaskSheets.ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = TaskSheets.read(in, new OrganizationRepository(db).all());
        }
        assertThat(result.problems()).isEmpty();
        service.addAll(empty.id(), result.tasks());
        assertThat(withoutIds(service.ofPlan(empty.id()))).isEqualTo(withoutIds(tasks));
    }

    @Test
    void aSheetWithBadRowsImportsNothingAndReportsEveryBadRow() throws Exception {
        Plan plan = plans.save(f.conferencePlan());
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TaskSheets.writeTemplate(new OrganizationRepository(db).all(), template);
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            row(s, 1, "Nhiệm vụ", "Báo cáo đúng", "Sở Nông nghiệp và PTNT", "Sở Nội vụ", "10/11/2023", "");
            row(s, 2, "Nhiệm vụ", "Đơn vị lạ", "Sở Không Có", "", "10/11/2023", "");
            row(s, 3, "Tham luận", "Ngày sai", "so noi vu", "", "31/02/2023", "");
            row(s, 4, "Nhiệm vụ", "", "Sở Nội vụ", "", "", "");
            row(s, 5, "Nhiệm vụ", "Tình trạng sai", "Sở Nội vụ", "Sở Ma", "15/01 hằng năm", "Xong rồi");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            bytes = out.toByteArray();
        }
        TaskSheets.ImportResult result = TaskSheets.read(new ByteArrayInputStream(bytes),
                new OrganizationRepository(db).all());
        assertThat(result.ok()).isFalse();
        assertThat(result.tasks()).isEmpty();
        assertThat(result.problems()).extracting(TaskSheets.RowProblem::row).containsExactly(3, 4, 5, 6, 6);
        assertThat(result.problems().get(0).toString()).isEqualTo(
                "Dòng 3, cột \"Đơn vị chủ trì\": không có đơn vị \"Sở Không Có\" trong danh mục");
        assertThat(result.problems().get(1).message()).contains("31/02/2023");
        assertThat(result.problems().get(2).message()).isEqualTo("chưa có nội dung nhiệm vụ");
        assertThat(service.ofPlan(plan.id())).hasSize(3);
    }

    @Test
    void theMatrixSheetHasCtAndPhCells() throws Exception {
        Plan plan = plans.save(f.conferencePlan());
        TaskMatrix m = TaskMatrix.build(service.ofPlan(plan.id()), new OrganizationRepository(db).all(), false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TaskSheets.writeMatrix(m, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            int agri = m.rowOf(f.agriculture.id()) + 1;
            int home = m.rowOf(f.homeAffairs.id()) + 1;
            assertThat(s.getRow(agri).getCell(0).getStringCellValue()).isEqualTo("Sở Nông nghiệp và Phát triển nông thôn");
            assertThat(s.getRow(agri).getCell(1).getStringCellValue()).isEqualTo("CT");
            assertThat(s.getRow(home).getCell(1).getStringCellValue()).isEqualTo("PH");
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Cấp tỉnh");
        }
    }

    @Test
    void eachKindOfBadValueIsRefusedNamingRowAndColumnAndNothingIsSaved() throws Exception {
        Plan plan = plans.save(f.conferencePlan());
        int before = service.ofPlan(plan.id()).size();
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        TaskSheets.writeTemplate(new OrganizationRepository(db).all(), template);
        Path file = temp.resolve("xau.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            org.apache.poi.ss.usermodel.CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            row(s, 1, "Nhiệm vụ", "x", "Sở Nội vụ", "", "10/11/2023", "");
            s.getRow(1).getCell(2).setCellValue(123);                                  // row 2: a number as title
            row(s, 2, "Nhiệm vụ", "x", "Sở Nội vụ", "", "10/11/2023", "");
            s.getRow(2).getCell(2).setCellValue(true);                                 // row 3: true/false as title
            row(s, 3, "Nhiệm vụ", "x".repeat(5000), "Sở Nội vụ", "", "10/11/2023", ""); // row 4: too long
            row(s, 4, "Nhiệm vụ", "Có NUL_x0000_", "Sở Nội vụ", "", "10/11/2023", "");  // row 5
            row(s, 5, "Nhiệm vụ", "Đảo\u202Echiều", "Sở Nội vụ", "", "10/11/2023", ""); // row 6
            row(s, 6, "Nhiệm vụ", "Hai\ndòng", "Sở Nội vụ", "", "10/11/2023", "");     // row 7
            row(s, 7, "Nhiệm vụ", "Ngày sai", "Sở Nội vụ", "", "31/02/2023", "");       // row 8
            row(s, 8, "Nhiệm vụ", "Năm 0", "Sở Nội vụ", "", "01/01/0000", "");          // row 9
            row(s, 9, "Nhiệm vụ", "Năm 2101", "Sở Nội vụ", "", "", "");                 // row 10
            s.getRow(9).getCell(7).setCellValue(LocalDate.of(2101, 1, 1));
            s.getRow(9).getCell(7).setCellStyle(date);
            row(s, 10, "Nhiệm vụ", "Chuông", "Sở Nội vụ", "", "10/11/2023", "");        // row 11
            s.getRow(10).createCell(6).setCellValue("Sản_x0007_phẩm");
            row(s, 11, "Nhiệm vụ", "Đúng", "Sở Nội vụ", "", "10/11/2023", "");          // row 12: good
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        // POI writes control characters as "?"; Excel writes them escaped (_x0000_), as rows 5 and 11 are
        TaskSheets.ImportResult result = TaskSheets.read(file, new OrganizationRepository(db).all());
        assertThat(result.ok()).isFalse();
        assertThat(result.tasks()).isEmpty();
        assertThat(result.problems()).extracting(TaskSheets.RowProblem::row)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        List<String> shown = result.problems().stream().map(Object::toString).toList();
        assertThat(shown.get(0)).startsWith("Dòng 2, cột \"Nội dung nhiệm vụ\": ô chứa một số (123)");
        assertThat(shown.get(1)).startsWith("Dòng 3, cột \"Nội dung nhiệm vụ\": ô chứa giá trị đúng/sai (TRUE)");
        assertThat(shown.get(2)).isEqualTo("Dòng 4, cột \"Nội dung nhiệm vụ\": dài 5.000 ký tự, tối đa 4.000");
        assertThat(shown.get(3)).startsWith("Dòng 5, cột \"Nội dung nhiệm vụ\"").contains("NUL");
        assertThat(shown.get(4)).contains("U+202E");
        assertThat(shown.get(5)).contains("xuống dòng");
        assertThat(shown.get(6)).startsWith("Dòng 8, cột \"Thời hạn\"").contains("31/02/2023");
        assertThat(shown.get(7)).startsWith("Dòng 9, cột \"Thời hạn\"").contains("01/01/0000");
        assertThat(shown.get(8)).startsWith("Dòng 10, cột \"Thời hạn\"").contains("01/01/2101");
        assertThat(shown.get(9)).startsWith("Dòng 11, cột \"Sản phẩm\"").contains("U+0007");
        assertThat(service.ofPlan(plan.id())).hasSize(before);
    }

    @Test
    void moreRowsThanTheLimitAreRefusedAsAWhole() throws Exception {
        Path file = temp.resolve("dai.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            s.createRow(0).createCell(2).setCellValue("Nội dung nhiệm vụ");
            for (int i = 1; i <= 5; i++) {
                row(s, i, "Nhiệm vụ", "Việc " + i, "Sở Nội vụ", "", "", "");
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<Integer> seen = new java.util.ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vn.kehoach.document.XlsxRows.read(file, 3, 1,
                        r -> seen.add(r.number())))
                .isInstanceOf(vn.kehoach.domain.UserError.class).hasMessageContaining("hơn 3 dòng");
        assertThat(seen).containsExactly(1, 2, 3, 4); // stopped at the fourth data row
    }

    private static void row(Sheet s, int index, String kind, String title, String lead, String supporting,
                            String deadline, String status) {
        Row r = s.getRow(index) == null ? s.createRow(index) : s.getRow(index);
        for (int c = 0; c < 11; c++) {
            if (r.getCell(c) != null) {
                r.removeCell(r.getCell(c));
            }
        }
        r.createCell(0).setCellValue(index);
        r.createCell(1).setCellValue(kind);
        r.createCell(2).setCellValue(title);
        r.createCell(4).setCellValue(lead);
        r.createCell(5).setCellValue(supporting);
        r.createCell(7).setCellValue(deadline);
        r.createCell(8).setCellValue(status);
    }
}
