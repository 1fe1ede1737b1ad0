package vn.kehoach.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.cli.KehoachCommand;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.RuralStandard;
import vn.kehoach.domain.award.DecisionList;
import vn.kehoach.domain.award.WarningKind;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DataLocation;
import vn.kehoach.store.OnBothDatabases;
import vn.kehoach.store.ServerDatabase;
import vn.kehoach.store.StoreBackend;

/** Template, import (all or nothing), duplicates, decision list read back, CLI — on a real H2 file. */
class AwardXlsxTest {
    @TempDir
    Path temp;
    AppContext ctx;
    AwardService service;
    DataLocation location;
    Movement movement;
    Organization agriculture;
    Organization district;
    Organization commune;
    Organization village;

    @BeforeEach
    void open(StoreBackend backend) {
        location = backend.newLocation(temp.resolve("db"));
        ctx = AppContext.open(new AppHome(temp.resolve("home")), location, true);
        Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Lai Châu", "UBND tỉnh",
                Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
        agriculture = ctx.organizations().save(Organization.of("Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT",
                Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id()));
        district = ctx.organizations().save(new Organization(null, "Ủy ban nhân dân huyện Tam Đường", "UBND huyện Tam Đường",
                Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id(), null, null, null, 0, null, null, null,
                RuralStandard.STANDARD, 2023));
        commune = ctx.organizations().save(new Organization(null, "Ủy ban nhân dân xã Bình Lư", "UBND xã Bình Lư",
                Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE, district.id(), null, null, null, 0, null, null, null,
                RuralStandard.STANDARD, 2022));
        village = ctx.organizations().save(new Organization(null, "Bản Nà Tăm", "Bản Nà Tăm", Level.VILLAGE,
                OrganizationKind.OTHER, commune.id(), null, null, null, 0, null, null, null, RuralStandard.STANDARD, 2022));
        assertThat(AwardSeed.ensure(ctx.awards())).isEqualTo(new AwardSeed.Report(10, 2));
        assertThat(AwardSeed.ensure(ctx.awards())).isEqualTo(new AwardSeed.Report(0, 0));
        movement = ctx.awards().saveMovement(AwardSeed.laiChauMovement(ctx.awards().forms(), agriculture.id(), null));
        service = ctx.awardService();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    /** Writes the template, then fills rows into it. */
    private Path filled(String name, List<String[]> rows) throws Exception {
        Path file = temp.resolve(name);
        service.writeTemplate(file);
        Workbook wb;
        try (var in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet sheet = wb.getSheetAt(0);
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r + 1);
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] != null) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static String[] row(String kind, String name, String unit, String district, String commune, String village,
                                String form, String proposing, String date, String amount) {
        return new String[] {kind, name, "Chuyên viên", unit, district, commune, village, "Có nhiều thành tích", form,
                proposing, date, amount};
    }

    private List<String[]> goodRows(int count) {
        List<String[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row(i % 2 == 0 ? "Cá nhân" : "ca nhan", "Nguyễn Văn Số " + i, "Sở NN&PTNT", "Tam Đường",
                    "xã Bình Lư", null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "UBND xã Bình Lư", "03/01/2024",
                    i % 5 == 0 ? "60.000.000" : null));
        }
        return rows;
    }

    @OnBothDatabases
    void theTemplateHasTheVietnameseHeader() throws Exception {
        Path file = temp.resolve("mau.xlsx");
        service.writeTemplate(file);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            Row header = wb.getSheetAt(0).getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Loại (Tập thể/Cá nhân/Hộ gia đình)");
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("Ngày nhận (dd/MM/yyyy)");
        }
        assertThat(Files.list(temp).filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }

    @OnBothDatabases
    void aGoodFileOf500RowsImportsInOneTransactionAndAReimportFlagsDuplicates() throws Exception {
        Path file = filled("tot.xlsx", goodRows(500));
        ImportReport report = service.importNominations(movement.id(), file, false);
        assertThat(report.ok()).isTrue();
        assertThat(report.saved()).hasSize(500);
        List<Nomination> stored = ctx.awards().nominations(movement.id());
        assertThat(stored).hasSize(500);
        assertThat(stored.get(0).communeId()).isEqualTo(commune.id());
        assertThat(stored.get(0).districtId()).isEqualTo(district.id());
        assertThat(stored.get(0).unitId()).isEqualTo(agriculture.id());
        assertThat(stored.get(0).receivedDate()).isEqualTo(LocalDate.of(2024, 1, 3));
        assertThat(stored.get(0).contributionAmount()).isEqualTo(60_000_000L);

        ImportReport again = service.importNominations(movement.id(), file, false);
        assertThat(again.ok()).isFalse();
        assertThat(again.bad()).hasSize(500).allSatisfy(r -> assertThat(r.errors()).anyMatch(e -> e.contains("Trùng")));
        assertThat(ctx.awards().nominations(movement.id())).hasSize(500);
        // let through on purpose, the duplicates show in the live check
        service.importNominations(movement.id(), filled("lai.xlsx", goodRows(2)), true);
        assertThat(service.check(movement.id()).of(WarningKind.DUPLICATE)).hasSize(2);
    }

    @OnBothDatabases
    void aFileWithBadRowsImportsNothingAndReportsEachRow() throws Exception {
        List<String[]> rows = new java.util.ArrayList<>(goodRows(3));
        rows.add(row("Cá nhân", "", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Hai", "Sở Không Có", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Ba", "Sở NN&PTNT", null, null, null, "Huân chương Lao động",
                "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Bốn", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Sở NN&PTNT", "31/02/2024", null));
        rows.add(row("Tổ chức", "Lò Văn Năm", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "Sở NN&PTNT", "03/01/2024", "nhiều"));
        ImportReport report = service.importNominations(movement.id(), filled("loi.xlsx", rows), false);
        assertThat(report.ok()).isFalse();
        assertThat(report.saved()).isEmpty();
        assertThat(ctx.awards().nominations(movement.id())).isEmpty();
        assertThat(report.bad()).extracting(ImportReport.RowReport::rowNumber).containsExactly(5, 6, 7, 8, 9);
        assertThat(report.bad().get(0).errors()).containsExactly("Thiếu họ tên / tên tập thể.");
        assertThat(report.bad().get(1).errors()).containsExactly("Cột \"Đơn vị\": \"Sở Không Có\" không có trong danh bạ.");
        assertThat(report.bad().get(2).errors()).containsExactly("Hình thức \"Huân chương Lao động\" không có trong danh mục hình thức khen thưởng.");
        assertThat(report.bad().get(3).errors()).containsExactly("Ngày nhận \"31/02/2024\" không đúng dạng dd/MM/yyyy.");
        assertThat(report.bad().get(4).errors()).hasSize(2);
    }

    @OnBothDatabases
    void eachKindOfBadValueIsRefusedNamingRowAndColumnAndNothingIsSaved() throws Exception {
        String merit = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
        List<String[]> rows = new java.util.ArrayList<>(goodRows(1));                                       // row 2
        rows.add(row("Cá nhân", "tên", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null)); // 3
        rows.add(row("Cá nhân", "tên", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null)); // 4
        rows.add(row("Cá nhân", "L".repeat(600), "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn_x0000_Sáu", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò \u202EVăn Bảy", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn_x001B_Tám", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Chín", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "31/02/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Mười", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "01/01/0000", null));
        rows.add(row("Cá nhân", "Lò Văn Mười Một", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", null, null));
        rows.add(row("Cá nhân", "Lò Văn Mười Hai", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", null));
        rows.add(row("Cá nhân", "Lò Văn Mười Ba", "Sở NN&PTNT", null, null, null, merit, "Sở NN&PTNT", "03/01/2024", "nhiều"));
        Path file = filled("xau.xlsx", rows);
        try (Workbook wb = WorkbookFactory.create(Files.newInputStream(file))) {
            Sheet s = wb.getSheetAt(0);
            s.getRow(2).getCell(1).setCellValue(2024);   // row 3: a number as the name
            s.getRow(3).getCell(1).setCellValue(false);  // row 4: true/false as the name
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            s.getRow(10).createCell(10).setCellValue(LocalDate.of(2101, 1, 1)); // row 11: a date cell in 2101
            s.getRow(10).getCell(10).setCellStyle(date);
            s.getRow(11).createCell(11).setCellValue(true); // row 12: true/false as the amount
            try (OutputStream out = Files.newOutputStream(temp.resolve("xau2.xlsx"))) {
                wb.write(out);
            }
        }
        // POI writes control characters as "?"; Excel writes them escaped (_x0007_), as these cells are
        ImportReport report = service.importNominations(movement.id(), temp.resolve("xau2.xlsx"), false);
        assertThat(report.ok()).isFalse();
        assertThat(report.saved()).isEmpty();
        assertThat(ctx.awards().nominations(movement.id())).isEmpty();
        assertThat(report.rows()).hasSize(12);
        assertThat(report.bad()).extracting(ImportReport.RowReport::rowNumber)
                .containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
        List<List<String>> errors = report.bad().stream().map(ImportReport.RowReport::errors).toList();
        assertThat(errors.get(0)).containsExactly(
                "Cột «Họ tên / Tên tập thể»: ô chứa một số (2024) chứ không phải văn bản; hãy gõ lại dưới dạng chữ.");
        assertThat(errors.get(1)).singleElement().asString().contains("đúng/sai (FALSE)");
        assertThat(errors.get(2)).containsExactly("Cột «Họ tên / Tên tập thể»: dài 600 ký tự, tối đa 500.");
        assertThat(errors.get(3)).singleElement().asString().startsWith("Cột «Họ tên / Tên tập thể»").contains("NUL");
        assertThat(errors.get(4)).singleElement().asString().contains("U+202E");
        assertThat(errors.get(5)).singleElement().asString().contains("U+001B");
        assertThat(errors.get(6)).containsExactly("Ngày nhận \"31/02/2024\" không đúng dạng dd/MM/yyyy.");
        assertThat(errors.get(7)).containsExactly(
                "Cột «Ngày nhận (dd/MM/yyyy)»: ngày 01/01/0000 nằm ngoài khoảng 1945 – 2100.");
        assertThat(errors.get(8)).singleElement().asString().contains("01/01/2101");
        assertThat(errors.get(9)).singleElement().asString().startsWith("Cột «Số tiền đóng góp (đồng)»");
        assertThat(errors.get(10)).containsExactly("Số tiền đóng góp \"nhiều\" không phải là số.");
    }

    @OnBothDatabases
    void theDecisionListIsGroupedNumberedSortedTotalledAndReadsBackEqual() throws Exception {
        service.importNominations(movement.id(), filled("ds.xlsx", List.of(
                row("Cá nhân", "Vàng A Dế", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Sở NN&PTNT", "03/01/2024", null),
                row("Cá nhân", "Đỗ Thị Dung", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Sở NN&PTNT", "03/01/2024", null),
                row("Cá nhân", "Dương Văn Cường", "Sở NN&PTNT", null, null, null, "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "Sở NN&PTNT", "03/01/2024", null),
                row("Hộ gia đình", "Hộ ông Lò Văn Pâng", null, "Tam Đường", "Bình Lư", "Nà Tăm", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "UBND xã Bình Lư", "03/01/2024", null),
                row("Tập thể", "Xã Bình Lư", null, "Tam Đường", "Bình Lư", null, "Cờ thi đua của Ủy ban nhân dân tỉnh", "UBND huyện Tam Đường", "10/01/2024", null))),
                false);
        DecisionList list = service.decisionList(movement.id(), LocalDate.of(2024, 9, 1));
        assertThat(list.forms()).extracting(s -> s.form().name())
                .containsExactly("Cờ thi đua của Ủy ban nhân dân tỉnh", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        DecisionList.FormSection merit = list.forms().get(1);
        assertThat(merit.groups()).extracting(DecisionList.Group::kindLabel).containsExactly("Cá nhân", "Hộ gia đình");
        assertThat(merit.groups().get(0).rows()).extracting(DecisionList.Row::number, DecisionList.Row::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Dương Văn Cường"), org.assertj.core.groups.Tuple.tuple(2, "Đỗ Thị Dung"),
                org.assertj.core.groups.Tuple.tuple(3, "Vàng A Dế"));
        assertThat(merit.total()).isEqualTo(4 * 3_510_000L);
        assertThat(list.forms().get(0).total()).isEqualTo(18_720_000L);
        assertThat(list.grandTotal()).isEqualTo(4 * 3_510_000L + 18_720_000L);
        Path out = temp.resolve("out").resolve("danh-sach.xlsx");
        DecisionListXlsx.write(list, out);
        assertThat(DecisionListXlsx.read(out)).isEqualTo(list.table());
    }

    @OnBothDatabases
    void theCommandLineImportsReportsAndExports() throws Exception {
        Path home = temp.resolve("home");
        String db = location.identity();
        if (location instanceof ServerDatabase server) {
            new AppHome(home).rememberServerLogin(server.login()); // as the person would in Settings
        }
        Path good = filled("cli.xlsx", goodRows(3));
        ctx.close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = KehoachCommand.run(new AppHome(home), new String[] {"--db", db, "movements"}, s -> { },
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains(movement.id() + "\t2021-2025\tPhong trào thi đua");
        exit = KehoachCommand.run(new AppHome(home), new String[] {"--db", db, "nominations-import", "--movement",
                String.valueOf(movement.id()), good.toString()}, s -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Dòng 2: Nguyễn Văn Số 0 — hợp lệ").contains("Đã nhập 3 hồ sơ");
        exit = KehoachCommand.run(new AppHome(home), new String[] {"--db", db, "nominations-import", "--movement",
                String.valueOf(movement.id()), good.toString()}, s -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Không nhập hồ sơ nào: 3/3 dòng có lỗi");
        Path list = temp.resolve("ds.xlsx");
        exit = KehoachCommand.run(new AppHome(home), new String[] {"--db", db, "awards", "--movement",
                String.valueOf(movement.id()), "--format", "xlsx", "--as-of", "2024-09-01", "--out", list.toString()},
                s -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).isZero();
        assertThat(DecisionListXlsx.read(list)).last().isEqualTo(java.util.Arrays.asList(null, "Tổng cộng", null, null, 3 * 3_510_000L));
        exit = KehoachCommand.run(new AppHome(home), new String[] {"--db", db, "awards", "--movement",
                String.valueOf(movement.id()), "--format", "docx", "--out", temp.resolve("x.docx").toString()},
                s -> { }, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(exit).isNotZero(); // this movement belongs to no plan: no issuing body for the list
        assertThat(err.toString()).contains("chưa gắn với kế hoạch nào");
        ctx = AppContext.open(new AppHome(home), location, false);
    }
}
