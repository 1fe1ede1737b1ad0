package vn.kehoach.domain.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.domain.RuralStandard;

/** A fixture province with ids: two districts (one meeting the standard), communes, villages, departments. */
public final class AwardFixture {
    public final List<Organization> orgs = new ArrayList<>();
    public final Organization province = org(1, "UBND tỉnh Lai Châu", Level.PROVINCE, OrganizationKind.PEOPLES_COMMITTEE, null, null);
    public final Organization agriculture = org(2, "Sở Nông nghiệp và PTNT", Level.PROVINCE, OrganizationKind.DEPARTMENT, 1L, null);
    public final Organization finance = org(3, "Sở Tài chính", Level.PROVINCE, OrganizationKind.DEPARTMENT, 1L, null);
    public final Organization tamDuong = org(10, "UBND huyện Tam Đường", Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, 1L, RuralStandard.STANDARD);
    public final Organization sinHo = org(11, "UBND huyện Sìn Hồ", Level.DISTRICT, OrganizationKind.PEOPLES_COMMITTEE, 1L, null);
    public final Organization binhLu = org(20, "UBND xã Bình Lư", Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE, 10L, RuralStandard.STANDARD);
    public final Organization taLeng = org(21, "UBND xã Tả Lèng", Level.COMMUNE, OrganizationKind.PEOPLES_COMMITTEE, 10L, null);
    public final Organization naTam = org(30, "Bản Nà Tăm", Level.VILLAGE, OrganizationKind.OTHER, 20L, RuralStandard.STANDARD);
    public final Organization naBo = org(31, "Bản Nà Bỏ", Level.VILLAGE, OrganizationKind.OTHER, 20L, null);

    public final AwardForm flag = form(100, "Cờ thi đua của UBND tỉnh", null, "8.0");
    public final AwardForm merit = form(101, "Bằng khen của Chủ tịch UBND tỉnh", "1.5", "3.0");
    public final AwardForm districtCommendation = form(102, "Giấy khen của Chủ tịch UBND huyện", "1.0", "2.0");

    private Organization org(long id, String name, Level level, OrganizationKind kind, Long parent, RuralStandard std) {
        Organization o = new Organization(id, name, name, level, kind, parent, null, null, null, 0, null, null, null, std,
                std == null ? null : 2023);
        orgs.add(o);
        return o;
    }

    private static AwardForm form(long id, String name, String individual, String collective) {
        return new AwardForm(id, name, Level.PROVINCE, "Chủ tịch UBND tỉnh", individual == null ? null : new BigDecimal(individual),
                new BigDecimal(collective), "Nghị định 98/2023/NĐ-CP", null, null, (int) id);
    }

    public List<AwardForm> forms() {
        return List.of(flag, merit, districtCommendation);
    }

    public Movement movement() {
        return new Movement(7L, "Lai Châu chung sức xây dựng nông thôn mới", null, 2021, 2025, agriculture.id(), List.of(
                rule(QuotaRuleKind.PER_BODY, merit, NomineeKind.INDIVIDUAL, Level.DISTRICT, true, 5, null, null, "huyện: cấp tỉnh 05 cá nhân"),
                rule(QuotaRuleKind.PER_BODY, districtCommendation, NomineeKind.INDIVIDUAL, Level.DISTRICT, true, 15, null, null, "huyện: cấp huyện 15 cá nhân"),
                rule(QuotaRuleKind.PER_BODY, merit, NomineeKind.INDIVIDUAL, Level.COMMUNE, true, 5, null, null, "xã: 05 cá nhân"),
                rule(QuotaRuleKind.ONCE_PER_BODY, merit, NomineeKind.HOUSEHOLD, Level.VILLAGE, true, 1, null, null, "01 hộ mỗi bản"),
                rule(QuotaRuleKind.ONCE_PER_BODY, flag, NomineeKind.COLLECTIVE, Level.COMMUNE, true, 1, null, null, "Cờ 01 lần mỗi xã"),
                rule(QuotaRuleKind.ONCE_PER_BODY, flag, NomineeKind.COLLECTIVE, Level.DISTRICT, true, 1, null, null, "Cờ 01 lần mỗi huyện"),
                rule(QuotaRuleKind.PER_UNIT, merit, NomineeKind.INDIVIDUAL, null, false, 2, null, null, "mỗi đơn vị không quá 02 người"),
                rule(QuotaRuleKind.PER_UNIT, merit, NomineeKind.INDIVIDUAL, null, false, 4, agriculture.id(), null, "cơ quan thường trực không quá 04 người"),
                rule(QuotaRuleKind.MIN_CONTRIBUTION, merit, NomineeKind.COLLECTIVE, null, false, null, null, 100_000_000L, "tập thể từ 100 triệu đồng"),
                rule(QuotaRuleKind.MIN_CONTRIBUTION, merit, NomineeKind.INDIVIDUAL, null, false, null, null, 50_000_000L, "cá nhân từ 50 triệu đồng")),
                List.of(new NominationDeadline(null, Level.COMMUNE, "Cơ quan thường trực cấp huyện", 1, 5, null),
                        new NominationDeadline(null, Level.DISTRICT, "UBND huyện", 1, 10, null),
                        new NominationDeadline(null, Level.DISTRICT, "UBND tỉnh", 1, 15, null),
                        new NominationDeadline(null, Level.PROVINCE, "UBND tỉnh", 1, 15, null),
                        new NominationDeadline(null, Level.PROVINCE, "Sở Nội vụ", 1, 20, null, agriculture.id())));
    }

    private static QuotaRule rule(QuotaRuleKind kind, AwardForm form, NomineeKind nk, Level scope, boolean std, Integer max,
                                  Long org, Long min, String description) {
        return new QuotaRule(null, kind, form.id(), nk, scope, std, max, org, min, description);
    }

    public NominationQuotaCheck check() {
        return new NominationQuotaCheck(movement(), orgs, forms());
    }

    /** A complete nomination, on time, with nothing wrong by itself. */
    public static Nomination nomination(NomineeKind kind, String name, AwardForm form, Long unit, Long district,
                                        Long commune, Long village, Long proposing, LocalDate received) {
        return new Nomination(null, 7L, kind, name, "Chuyên viên", unit, district, commune, village,
                "Có nhiều thành tích", form.id(), proposing, received, NominationStatus.RECEIVED, null, null, null,
                null, null, false);
    }

    public Nomination individualOfCommune(String name, Organization commune) {
        return nomination(NomineeKind.INDIVIDUAL, name, merit, commune.id(), commune.parentId(), commune.id(), null,
                commune.id(), LocalDate.of(2024, 1, 3));
    }

    public Nomination individualOfDistrict(String name, Organization district, AwardForm form) {
        return nomination(NomineeKind.INDIVIDUAL, name, form, district.id(), district.id(), null, null, district.id(),
                LocalDate.of(2024, 1, 12));
    }

    public Nomination individualOfUnit(String name, Organization unit) {
        return nomination(NomineeKind.INDIVIDUAL, name, merit, unit.id(), null, null, null, unit.id(),
                LocalDate.of(2024, 1, 12));
    }

    public static List<Nomination> times(int count, java.util.function.IntFunction<Nomination> make) {
        List<Nomination> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(make.apply(i));
        }
        return list;
    }

    static final String[] NAMES = {"Nguyễn Văn An", "Trần Thị Bình", "Lò Văn Chung", "Đỗ Thị Dung", "Vàng A Dế",
            "Hoàng Văn Em", "Lý Thị Giang", "Tòng Văn Hải", "Sùng A Khánh", "Phạm Thị Lan", "Giàng A Minh",
            "Lê Văn Nam", "Tẩn Thị Oanh", "Vũ Văn Phúc", "Mào Thị Quý", "Chu Văn Sơn", "Bùi Thị Tâm"};

    public static String name(int i) {
        return NAMES[i % NAMES.length] + (i >= NAMES.length ? " " + (i / NAMES.length) : "");
    }
}
