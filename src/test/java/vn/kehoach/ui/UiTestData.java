package vn.kehoach.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/**
 * A small province and three plans modelled on the seeds, written through the repositories into
 * a database that is not the home's default one (so the sample data loaded into a new default
 * database never mixes in).
 */
public final class UiTestData {
    public static final String LAO_CAI = "Tổ chức Hội nghị tổng kết các Chương trình mục tiêu quốc gia trên địa bàn tỉnh "
            + "Lào Cai năm 2021";
    public static final String GIA_LAI = "Tổ chức Hội nghị sơ kết 03 năm thực hiện Chương trình mục tiêu quốc gia xây dựng "
            + "nông thôn mới giai đoạn 2021-2025 trên địa bàn tỉnh Gia Lai";
    public static final String LAI_CHAU = "Tổ chức thực hiện phong trào thi đua “Lai Châu chung sức xây dựng nông thôn mới” "
            + "giai đoạn 2021-2025";
    /** The day districts were dissolved. */
    public static final LocalDate TWO_TIERS = LocalDate.of(2025, 7, 1);

    public final AppHome home;
    public final DatabaseFile file;
    public Organization province;
    public Organization agriculture;
    public Organization district;
    public Organization commune;

    private UiTestData(Path folder) {
        home = new AppHome(folder.resolve("home"));
        file = new DatabaseFile(folder.resolve("lan").resolve("kehoach"));
    }

    /** Creates the database file with the directory and the three plans, and closes it. */
    public static UiTestData create(Path folder) {
        UiTestData d = new UiTestData(folder);
        try (AppContext ctx = AppContext.open(d.home, d.file, true)) {
            d.fill(ctx);
        }
        return d;
    }

    private void fill(AppContext ctx) {
        var orgs = ctx.organizations();
        province = orgs.save(new Organization(null, "Ủy ban nhân dân tỉnh Gia Lai", "UBND tỉnh", Level.PROVINCE,
                OrganizationKind.PEOPLES_COMMITTEE, null, "UBND", "Số 02 Trần Hưng Đạo, Pleiku", null, 1, null, null,
                null, null, null));
        agriculture = orgs.save(new Organization(null, "Sở Nông nghiệp và Phát triển nông thôn", "Sở NN&PTNT",
                Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id(), "NNPTNT", null, null, 2, null, null, null,
                null, null));
        district = orgs.save(new Organization(null, "Ủy ban nhân dân huyện Chư Sê", "UBND huyện Chư Sê",
                Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id(), null, null, null, 10, null,
                TWO_TIERS, null, null, null));
        commune = orgs.save(new Organization(null, "Ủy ban nhân dân xã Ia Blang", "UBND xã Ia Blang", Level.COMMUNE,
                OrganizationKind.PEOPLES_COMMITTEE, district.id(), null, null, null, 1, null, null, null, null, null));

        ctx.plans().save(plan(PlanKind.CONFERENCE, PlanStatus.ISSUED, 25, "KH-BCĐ", LocalDate.of(2022, 1, 12), null,
                "BAN CHỈ ĐẠO CÁC CTMTQG\nTỈNH LÀO CAI", LAO_CAI, List.of()));
        ctx.plans().save(plan(PlanKind.CONFERENCE, PlanStatus.DRAFT, null, "KH-UBND", null, 2024, "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI", GIA_LAI,
                List.of(Task.of(TaskKind.PRESENTATION, "Kết quả xây dựng nông thôn mới 03 năm", agriculture.id(),
                        List.of(), LocalDate.of(2024, 3, 20)))));
        ctx.plans().save(plan(PlanKind.MOVEMENT, PlanStatus.ISSUED, 116, "KH-UBND", LocalDate.of(2022, 4, 8), null,
                "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", LAI_CHAU, List.of(new Task(null, TaskKind.TASK, "Tổng hợp đăng ký thi đua của các huyện",
                        null, agriculture.id(), List.of(), null, null, 1, 15, null, null, null, null))));
    }

    private Plan plan(PlanKind kind, PlanStatus status, Integer number, String symbol, LocalDate date, Integer year,
                      String issuingBody, String title, List<Task> tasks) {
        PlanHeader header = new PlanHeader(null, null, province.id(), issuingBody, number, symbol,
                "Gia Lai", date, year);
        return new Plan(null, kind, status, header, title, List.of(), null, List.of(), null, null, null, List.of(),
                null, 1, null, tasks, null);
    }
}
