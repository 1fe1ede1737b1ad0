package vn.kehoach.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Plan;
import vn.kehoach.domain.PlanHeader;
import vn.kehoach.domain.PlanKind;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.Section;
import vn.kehoach.domain.SectionLevel;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskStatus;

/** Generates a province-sized database for benchmarks: realistic names, deterministic content. */
public final class BenchData {
    private static final String[] SURNAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Đường", "Hải", "Hạnh", "Khánh", "Lợi", "Tiệp"};
    private static final String[] TOPICS = {"Tổ chức Hội nghị sơ kết", "Tổ chức Hội nghị tổng kết",
            "Tổ chức thực hiện phong trào thi đua", "Triển khai Chương trình OCOP"};
    private static final String[] PROVINCES = {"Gia Lai", "Lào Cai", "Lai Châu", "Quảng Nam"};

    private BenchData() {}

    public record Sizes(int organizations, int plans, int tasks, int nominations) {}

    public static Sizes fill(AppContext ctx, int organizations, int plans, int tasksPerPlan, int nominations) {
        List<Organization> orgs = new ArrayList<>();
        Organization province = ctx.organizations().save(Organization.of("Ủy ban nhân dân tỉnh Thử nghiệm",
                "UBND tỉnh Thử nghiệm", Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null));
        orgs.add(province);
        List<Organization> districts = new ArrayList<>();
        for (int i = 1; orgs.size() < organizations; i++) {
            Organization o;
            if (i % 10 == 1) {
                o = ctx.organizations().save(Organization.of("Ủy ban nhân dân huyện Số " + i, "UBND huyện Số " + i,
                        Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, province.id()));
                districts.add(o);
            } else if (i % 10 < 4) {
                o = ctx.organizations().save(Organization.of("Sở Phòng Nội vụ số " + i, "Sở số " + i,
                        Level.PROVINCE, OrganizationKind.DEPARTMENT, province.id()));
            } else {
                Organization district = districts.get(districts.size() - 1);
                o = ctx.organizations().save(Organization.of("Ủy ban nhân dân xã Đồi Số " + i, "UBND xã Số " + i,
                        Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE, district.id()));
            }
            orgs.add(o);
        }
        int taskCount = 0;
        for (int p = 0; p < plans; p++) {
            String place = PROVINCES[p % PROVINCES.length];
            List<Task> tasks = new ArrayList<>();
            for (int t = 0; t < tasksPerPlan; t++) {
                Organization lead = orgs.get(1 + (p * 31 + t * 7) % (orgs.size() - 1));
                Organization support = orgs.get(1 + (p * 17 + t * 13) % (orgs.size() - 1));
                tasks.add(new Task(null, t % 5 == 0 ? TaskKind.PRESENTATION : TaskKind.TASK,
                        "Nhiệm vụ số " + (t + 1) + " của kế hoạch " + (p + 1), null, lead.id(),
                        support.id().equals(lead.id()) ? List.of() : List.of(support.id()), "Báo cáo",
                        LocalDate.of(2022 + p % 4, 1 + t % 12, 1 + t % 28), null, null, null,
                        TaskStatus.values()[t % TaskStatus.values().length], null, null));
            }
            taskCount += tasks.size();
            List<Section> outline = List.of(Section.of(SectionLevel.PART, "MỤC ĐÍCH, YÊU CẦU", null,
                    List.of(Section.of(SectionLevel.ITEM, "Mục đích", "Đánh giá kết quả thực hiện.", List.of()))));
            ctx.plans().save(new Plan(null, PlanKind.CONFERENCE, PlanStatus.DRAFT,
                    new PlanHeader(null, null, province.id(), "ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM", null, "KH-UBND", place,
                            null, 2022 + p % 4),
                    TOPICS[p % TOPICS.length] + " năm " + (2022 + p % 4) + " trên địa bàn tỉnh " + place, List.of(),
                    null, outline, "Trên đây là Kế hoạch./.", null, null, List.of(), "VT, NL", 1, null, tasks, null));
        }
        Movement movement = ctx.awards().saveMovement(new Movement(null, "Chung sức xây dựng nông thôn mới", null,
                2021, 2025, null, List.of(), List.of()));
        List<Nomination> batch = new ArrayList<>();
        for (int n = 0; n < nominations; n++) {
            String name = SURNAMES[n % SURNAMES.length] + " " + MIDDLE[(n / 10) % MIDDLE.length] + " "
                    + GIVEN[(n / 70) % GIVEN.length];
            Organization unit = orgs.get(1 + n % (orgs.size() - 1));
            batch.add(new Nomination(null, movement.id(), NomineeKind.values()[n % 3], name, null, unit.id(), null,
                    null, null, "Có nhiều đóng góp trong xây dựng nông thôn mới", null, unit.id(),
                    LocalDate.of(2026, 1, 1 + n % 20), NominationStatus.RECEIVED, null, null, null, null, null, false));
            if (batch.size() == 5_000) {
                ctx.awards().saveNominations(batch);
                batch.clear();
            }
        }
        ctx.awards().saveNominations(batch);
        return new Sizes(orgs.size(), plans, taskCount, nominations);
    }
}
