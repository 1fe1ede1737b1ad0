package vn.kehoach.cli;

import vn.kehoach.cli.CliRun.Result;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Person;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanTemplates;
import vn.kehoach.domain.RecipientGroup;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.AwardRepository;
import vn.kehoach.store.Database;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.NumberRegister;
import vn.kehoach.store.OfficeSetup;
import vn.kehoach.store.OrganizationRepository;
import vn.kehoach.store.PersonRepository;
import vn.kehoach.store.PlanRepository;
import vn.kehoach.store.RecipientGroupRepository;
import vn.kehoach.store.TaskService;

/** An office starts on its own data: init, the directory through Excel, remove-sample, the register's start. */
class OfficeSetupTest {
    @TempDir
    Path temp;

    Result run(String... args) {
        return CliRun.run(new AppHome(temp.resolve("home")), args);
    }

    private static final String COMMITTEE = "Ủy ban nhân dân tỉnh Thái Nguyên";

    /** 300 bodies: 30 departments under the province (named without diacritics), 270 offices under them, listed first. */
    private static void writeDirectory(Path file, String badLevelAtRow150) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet bodies = wb.createSheet("Cơ quan, đơn vị");
            row(bodies, 0, "Tên đầy đủ", "Tên viết tắt", "Loại", "Cấp", "Cơ quan cấp trên (tên đầy đủ)",
                    "Viết tắt ở dòng Lưu", "Địa chỉ", "Thư điện tử", "Hoạt động từ ngày", "Đến ngày (không kể)",
                    "Sáp nhập vào (tên đầy đủ)");
            int r = 1;
            for (int k = 1; k <= 30; k++) {
                for (int j = 1; j <= 9; j++) {
                    String level = r == 149 ? badLevelAtRow150 : "Tỉnh";
                    row(bodies, r++, "Phòng " + j + " thuộc Sở Số " + k + " tỉnh Thái Nguyên", "Phòng " + j + "/" + k,
                            "Sở, ban, ngành", level, "Sở Số " + k + " tỉnh Thái Nguyên", null,
                            "Số " + k + " đường Hoàng Văn Thụ, Thái Nguyên", "phong" + j + ".so" + k + "@thainguyen.gov.vn");
                }
            }
            for (int k = 1; k <= 30; k++) {
                row(bodies, r++, "Sở Số " + k + " tỉnh Thái Nguyên", "Sở Số " + k, "Sở, ban, ngành", "Tỉnh",
                        "Uy ban nhan dan tinh Thai Nguyen", "S" + k, null, "so" + k + "@thainguyen.gov.vn");
            }
            Sheet signers = wb.createSheet("Người ký");
            row(signers, 0, "Họ và tên", "Chức vụ", "Cơ quan (tên đầy đủ)");
            row(signers, 1, "Nguyễn Văn Bình", "Phó Chủ tịch", COMMITTEE);
            row(signers, 2, "Trần Thị Hà", "Chủ tịch", COMMITTEE);
            Sheet groups = wb.createSheet("Nhóm nơi nhận");
            row(groups, 0, "Nhóm nơi nhận", "Cơ quan (tên đầy đủ)");
            for (int k = 1; k <= 30; k++) {
                row(groups, k, "Các sở, ban, ngành tỉnh", "Sở Số " + k + " tỉnh Thái Nguyên");
            }
            wb.write(out);
        }
    }

    private static void row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }

    @Test
    void anOfficeStartsEmptyForItsProvinceAndImportsItsDirectoryOnceWithEveryParent() throws Exception {
        DatabaseFile file = new DatabaseFile(temp.resolve("thainguyen").resolve("kehoach"));
        String db = file.toString();
        Result init = run("--db", db, "init", "--province", "Thái Nguyên");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains(COMMITTEE).contains("Bắc Kạn");

        Path bad = temp.resolve("danh-ba-loi.xlsx");
        writeDirectory(bad, "Phường");
        Result refused = run("--db", db, "directory-import", bad.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("dòng 150").contains("Cấp").contains("Phường").contains("Không nhập gì");
        try (Database opened = Database.open(file, false)) {
            assertThat(new OrganizationRepository(opened).all()).hasSize(2); // UBND tỉnh and the merged Bắc Kạn
            assertThat(new PlanRepository(opened).summaries()).isEmpty();
            assertThat(new AwardRepository(opened).forms()).isNotEmpty();
            assertThat(new OfficeSetup(opened).setting(OfficeSetup.PLACE)).contains("Thái Nguyên");
        }

        Path good = temp.resolve("danh-ba.xlsx");
        writeDirectory(good, "Tỉnh");
        Result imported = run("--db", db, "directory-import", good.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        List<Organization> after;
        try (Database opened = Database.open(file, false)) {
            after = new OrganizationRepository(opened).all();
            assertThat(after).hasSize(302);
            Map<Long, Organization> byId = after.stream().collect(Collectors.toMap(Organization::id, Function.identity()));
            Map<String, Organization> byName = after.stream()
                    .collect(Collectors.toMap(Organization::fullName, Function.identity()));
            for (int k = 1; k <= 30; k++) {
                Organization dept = byName.get("Sở Số " + k + " tỉnh Thái Nguyên");
                assertThat(byId.get(dept.parentId()).fullName()).isEqualTo(COMMITTEE);
                for (int j = 1; j <= 9; j++) {
                    Organization office = byName.get("Phòng " + j + " thuộc Sở Số " + k + " tỉnh Thái Nguyên");
                    assertThat(office.parentId()).isEqualTo(dept.id());
                    assertThat(office.email()).isEqualTo("phong" + j + ".so" + k + "@thainguyen.gov.vn");
                }
            }
            List<Person> people = new PersonRepository(opened).all();
            assertThat(people).extracting(Person::fullName).containsExactly("Nguyễn Văn Bình", "Trần Thị Hà");
            List<RecipientGroup> groups = new RecipientGroupRepository(opened).all();
            assertThat(groups).singleElement().satisfies(g -> assertThat(g.memberIds()).hasSize(30));
        }

        Result again = run("--db", db, "directory-import", good.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("thêm 0 cơ quan, cập nhật 0, giữ nguyên 300");
        try (Database opened = Database.open(file, false)) {
            assertThat(new OrganizationRepository(opened).all()).containsExactlyElementsOf(after);
            assertThat(new PersonRepository(opened).all()).hasSize(2);
            assertThat(new RecipientGroupRepository(opened).all()).hasSize(1);
        }

        Path exported = temp.resolve("xuat.xlsx");
        Result export = run("--db", db, "directory-export", "--out", exported.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        Result roundTrip = run("--db", db, "directory-import", exported.toString());
        assertThat(roundTrip.exit()).as(roundTrip.err()).isZero();
        assertThat(roundTrip.out()).contains("thêm 0 cơ quan, cập nhật 0, giữ nguyên 302");
    }

    @Test
    void initRefusesAProvinceMergedIn2025AndADatabaseThatHasData() {
        Result merged = run("--db", temp.resolve("a").resolve("kehoach").toString(), "init", "--province", "Bắc Kạn");
        assertThat(merged.exit()).isEqualTo(1);
        assertThat(merged.err()).contains("Thái Nguyên").contains("01/07/2025");
        String db = temp.resolve("b").resolve("kehoach").toString();
        assertThat(run("--db", db, "init-sample").exit()).isZero();
        Result full = run("--db", db, "init", "--province", "Cà Mau");
        assertThat(full.exit()).isEqualTo(1);
        assertThat(full.err()).contains("đã có dữ liệu");
    }

    @Test
    void removeSampleKeepsThePlanTheOfficeTypedWithItsTasksAndBodiesAndNothingOfTheSamples() {
        DatabaseFile file = new DatabaseFile(temp.resolve("office").resolve("kehoach"));
        assertThat(run("--db", file.toString(), "init-sample").exit()).isZero();
        long planId;
        Organization own;
        Organization usedSample;
        try (Database db = Database.open(file, false)) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            usedSample = orgs.all().stream().filter(o -> o.fullName().equals("Ủy ban nhân dân tỉnh Lào Cai"))
                    .findFirst().orElseThrow();
            own = orgs.save(Organization.of("Phòng Kinh tế xã Tân Cương", "Phòng Kinh tế xã Tân Cương",
                    Level.COMMUNE, OrganizationKind.DEPARTMENT, null));
            Plan typed = PlanTemplates.create(PlanTemplates.Template.CONFERENCE, 2026);
            typed = vn.kehoach.domain.PlanEdit.of(typed).title("Kế hoạch tổ chức Hội nghị của cơ quan").build();
            planId = new PlanRepository(db).save(typed).id();
            new TaskService(db, java.time.Clock.systemDefaultZone()).addAll(planId, List.of(
                    Task.of(TaskKind.TASK, "Chuẩn bị báo cáo", own.id(), List.of(usedSample.id()), LocalDate.of(2026, 3, 1)),
                    Task.of(TaskKind.TASK, "Gửi giấy mời", own.id(), List.of(), LocalDate.of(2026, 3, 5))));
        }

        Result removed = run("--db", file.toString(), "remove-sample");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("3 kế hoạch");

        try (Database db = Database.open(file, false)) {
            assertThat(new PlanRepository(db).summaries()).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(planId));
            Plan kept = new PlanRepository(db).get(planId);
            assertThat(kept.tasks()).extracting(Task::title).containsExactly("Chuẩn bị báo cáo", "Gửi giấy mời");
            List<Organization> left = new OrganizationRepository(db).all();
            assertThat(left).extracting(Organization::id).containsExactlyInAnyOrder(own.id(), usedSample.id());
            assertThat(new AwardRepository(db).movements()).isEmpty();
            assertThat(new NumberRegister(db).all()).isEmpty();
            assertThat(new PersonRepository(db).all()).isEmpty();
            assertThat(new RecipientGroupRepository(db).all()).isEmpty();
            assertThat(new OfficeSetup(db).hasSample()).isFalse();
        }
        assertThat(run("--db", file.toString(), "remove-sample").exit()).isEqualTo(1);
    }

    @Test
    void theRegisterContinuesAfterTheLastNumberIssuedOutsideTheApp() {
        DatabaseFile file = new DatabaseFile(temp.resolve("reg").resolve("kehoach"));
        assertThat(run("--db", file.toString(), "init", "--province", "Cà Mau").exit()).isZero();
        Result set = run("--db", file.toString(), "register-set", "--symbol", "KH-UBND", "--year", "2026",
                "--last", "2976");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("2977");
        Result spaces = run("--db", file.toString(), "register-set", "--symbol", "KH - UBND", "--year", "2026",
                "--last", "10");
        assertThat(spaces.exit()).isEqualTo(1);
        assertThat(spaces.err()).contains("dấu cách").contains("KH-UBND");
        try (Database db = Database.open(file, false)) {
            NumberRegister register = new NumberRegister(db);
            assertThat(register.nextFree("KH-UBND", 2026)).isEqualTo(2977);
            assertThat(register.nextFree("KH-UBND", 2027)).isEqualTo(1);
            Plan draft = PlanTemplates.create(PlanTemplates.Template.BLANK, 2026);
            draft = draft.withHeader(new vn.kehoach.domain.PlanHeader(null, null, null, "UBND TỈNH CÀ MAU", null,
                    "KH-UBND", "Cà Mau", null, 2026));
            draft = vn.kehoach.domain.PlanEdit.of(draft).title("Kế hoạch thử").build();
            long id = new PlanRepository(db).save(draft).id();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PlanRepository(db).issue(id, 2976,
                    LocalDate.of(2026, 5, 4))).hasMessageContaining("ngoài ứng dụng");
            new PlanRepository(db).issue(id, register.nextFree("KH-UBND", 2026), LocalDate.of(2026, 5, 4));
            assertThat(register.nextFree("KH-UBND", 2026)).isEqualTo(2978);
        }
        Result list = run("--db", file.toString(), "register", "--year", "2026");
        assertThat(list.out()).contains("KH-UBND năm 2026").contains("2977/KH-UBND Kế hoạch thử");
    }
}
