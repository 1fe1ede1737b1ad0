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
                f.homeAffairs.id(), List.of(f.agriculture.id()), null, null, null, null, 10, null, null, null);
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
