package vn.kehoach.cli;

import vn.kehoach.cli.CliRun.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;

/** tasks, tasks-template and tasks-import on a database in a temporary folder. */
class TasksCliTest {
    @TempDir
    Path temp;

    Result run(String... args) {
        return CliRun.run(new AppHome(temp.resolve("home")), args);
    }

    private long[] setUp(Path db) {
        try (AppContext ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(db), true)) {
            Organization p = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh",
                    Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
            Organization a = ctx.organizations().save(Organization.of("Sở Nông nghiệp và Phát triển nông thôn",
                    "Sở NN&PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, p.id()));
            Organization h = ctx.organizations().save(Organization.of("Sở Nội vụ", "Sở Nội vụ", Level.PROVINCE,
                    OrganizationKind.DEPARTMENT, p.id()));
            PlanHeader header = new PlanHeader(null, null, p.id(), "ỦY BAN NHÂN DÂN", null, "KH-UBND", "Gia Lai", null, 2023);
            Plan full = ctx.plans().save(new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT, header, "Hội nghị sơ kết",
                    List.of(), null, List.of(), null, null, null, List.of(), null, 1, null,
                    List.of(Task.of(TaskKind.TASK, "Dự thảo báo cáo sơ kết", a.id(), List.of(h.id()), LocalDate.of(2023, 10, 10)),
                            Task.of(TaskKind.PRESENTATION, "Kết quả OCOP", a.id(), List.of(), LocalDate.of(2023, 9, 20))),
                    null));
            Plan empty = ctx.plans().save(new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT, header, "Trống",
                    List.of(), null, List.of(), null, null, null, List.of(), null, 1, null, List.of(), null));
            return new long[] {full.id(), empty.id()};
        }
    }

    @Test
    void exportImportTemplateAndARefusedImport() throws Exception {
        Path db = temp.resolve("db").resolve("kehoach");
        long[] ids = setUp(db);
        Path xlsx = temp.resolve("nv.xlsx");
        Result export = run("--db", db.toString(), "tasks", "--plan", Long.toString(ids[0]), "--format", "xlsx",
                "--out", xlsx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("Đã xuất 2 nhiệm vụ");
        Result matrix = run("--db", db.toString(), "tasks", "--plan", Long.toString(ids[0]), "--matrix",
                "--out", temp.resolve("bpc.xlsx").toString());
        assertThat(matrix.exit()).isZero();
        Result imported = run("--db", db.toString(), "tasks-import", "--plan", Long.toString(ids[1]), xlsx.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã nhập 2 nhiệm vụ");

        Path template = temp.resolve("mau.xlsx");
        assertThat(run("--db", db.toString(), "tasks-template", "--out", template.toString()).exit()).isZero();
        // the template's example row names no unit but is otherwise valid; add a bad row
        Path bad = temp.resolve("sai.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
            var r = wb.getSheetAt(0).createRow(2);
            r.createCell(2).setCellValue("Nhiệm vụ lạ");
            r.createCell(4).setCellValue("Sở Không Có");
            r.createCell(7).setCellValue("hôm nào đó");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            Files.write(bad, out.toByteArray());
        }
        Result refused = run("--db", db.toString(), "tasks-import", "--plan", Long.toString(ids[1]), bad.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("Dòng 3, cột \"Đơn vị chủ trì\"").contains("Sở Không Có")
                .contains("Dòng 3, cột \"Thời hạn\"").contains("Không nhập nhiệm vụ nào: 2 lỗi");
        try (AppContext ctx = AppContext.open(new AppHome(temp.resolve("home")), new DatabaseFile(db), false)) {
            assertThat(ctx.tasks().ofPlan(ids[1])).hasSize(2);
        }
        assertThat(run("--db", db.toString(), "tasks", "--plan", Long.toString(ids[0]), "--format", "pdf",
                "--out", xlsx.toString()).exit()).isEqualTo(1);
    }
}
