package vn.kehoach.award;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.NominationDeadline;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.QuotaRule;
import vn.kehoach.domain.QuotaRuleKind;
import vn.kehoach.store.AwardRepository;

/**
 * The award forms of Decree 98/2023/NĐ-CP (until 30/6/2025) and Decree 152/2025/NĐ-CP (from
 * 1/7/2025) and the statutory base salaries. {@link #ensure} adds what is missing and changes
 * nothing the user has edited, so it can run on every start or after any sample loader.
 */
public final class AwardSeed {
    public static final String DECREE_98 = "Nghị định 98/2023/NĐ-CP";
    public static final String DECREE_152 = "Nghị định 152/2025/NĐ-CP";
    public static final LocalDate DECREE_98_UNTIL = LocalDate.of(2025, 6, 30);
    public static final LocalDate DECREE_152_FROM = LocalDate.of(2025, 7, 1);

    public static final String FLAG = "Cờ thi đua của Ủy ban nhân dân tỉnh";
    public static final String MERIT = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
    public static final String DEPARTMENT_COMMENDATION = "Giấy khen của Thủ trưởng sở, ban, ngành tỉnh";
    public static final String DISTRICT_COMMENDATION = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp huyện";
    public static final String COMMUNE_COMMENDATION = "Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã";

    private AwardSeed() {}

    /** What {@link #ensure} added. */
    public record Report(int formsAdded, int salariesAdded) {}

    /** The seeded forms, without ids: each of the five forms under each of the two decrees. */
    public static List<AwardForm> forms() {
        List<AwardForm> forms = new ArrayList<>();
        int order = 0;
        for (String decree : List.of(DECREE_98, DECREE_152)) {
            LocalDate from = decree.equals(DECREE_98) ? null : DECREE_152_FROM;
            LocalDate until = decree.equals(DECREE_98) ? DECREE_98_UNTIL : null;
            forms.add(form(FLAG, Level.PROVINCE, "Ủy ban nhân dân tỉnh", null, "8.0", decree, from, until, order++));
            forms.add(form(MERIT, Level.PROVINCE, "Chủ tịch Ủy ban nhân dân tỉnh", "1.5", "3.0", decree, from, until, order++));
            forms.add(form(DEPARTMENT_COMMENDATION, Level.PROVINCE, "Thủ trưởng sở, ban, ngành tỉnh", "1.0", "2.0",
                    decree, from, until, order++));
            forms.add(form(DISTRICT_COMMENDATION, Level.DISTRICT, "Chủ tịch Ủy ban nhân dân cấp huyện", "1.0", "2.0",
                    decree, from, until, order++));
            forms.add(form(COMMUNE_COMMENDATION, Level.COMMUNE, "Chủ tịch Ủy ban nhân dân cấp xã", "0.5", "1.0",
                    decree, from, until, order++));
        }
        return forms;
    }

    private static AwardForm form(String name, Level level, String giver, String individual, String collective,
                                  String decree, LocalDate from, LocalDate until, int order) {
        return new AwardForm(null, name, level, giver, individual == null ? null : new BigDecimal(individual),
                new BigDecimal(collective), decree, from, until, order);
    }

    public static List<BaseSalary> baseSalaries() {
        return List.of(new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000),
                new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000));
    }

    /** Adds the forms (same name and legal basis) and base salaries (same start date) that are missing. */
    public static Report ensure(AwardRepository awards) {
        Set<String> have = awards.forms().stream().map(f -> f.name() + "|" + f.legalBasis()).collect(Collectors.toSet());
        int forms = 0;
        for (AwardForm f : forms()) {
            if (!have.contains(f.name() + "|" + f.legalBasis())) {
                awards.saveForm(f);
                forms++;
            }
        }
        Set<LocalDate> salaryDates = awards.baseSalaries().stream().map(BaseSalary::validFrom).collect(Collectors.toSet());
        int salaries = 0;
        for (BaseSalary s : baseSalaries()) {
            if (!salaryDates.contains(s.validFrom())) {
                awards.saveBaseSalary(s);
                salaries++;
            }
        }
        return new Report(forms, salaries);
    }

    /**
     * The rules of part V of the Lai Châu plan "chung sức xây dựng nông thôn mới" 2021–2025, as
     * data, for a sample loader: {@code forms} are the stored forms (the Decree 98 ones are used),
     * {@code standingAgencyId} the Department of Agriculture (may be null).
     */
    public static Movement laiChauMovement(List<AwardForm> forms, Long standingAgencyId, Long planId) {
        Map<String, Long> byName = forms.stream().filter(f -> DECREE_98.equals(f.legalBasis()))
                .collect(Collectors.toMap(AwardForm::name, AwardForm::id, (a, b) -> a));
        Function<String, Long> id = name -> Objects.requireNonNull(byName.get(name), name);
        List<QuotaRule> rules = new ArrayList<>();
        rules.add(new QuotaRule(null, QuotaRuleKind.ONCE_PER_BODY, id.apply(FLAG), NomineeKind.COLLECTIVE, Level.DISTRICT,
                true, 1, null, null, "Cờ thi đua của UBND tỉnh: tặng 01 lần cho huyện được công nhận huyện nông thôn mới"));
        rules.add(new QuotaRule(null, QuotaRuleKind.ONCE_PER_BODY, id.apply(FLAG), NomineeKind.COLLECTIVE, Level.COMMUNE,
                true, 1, null, null, "Cờ thi đua của UBND tỉnh: tặng 01 lần cho xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao"));
        rules.add(new QuotaRule(null, QuotaRuleKind.PER_BODY, id.apply(MERIT), NomineeKind.INDIVIDUAL, Level.DISTRICT,
                true, 5, null, null, "Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân: cấp tỉnh 05 cá nhân"));
        rules.add(new QuotaRule(null, QuotaRuleKind.PER_BODY, id.apply(DISTRICT_COMMENDATION), NomineeKind.INDIVIDUAL,
                Level.DISTRICT, true, 15, null, null, "Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân: cấp huyện 15 cá nhân"));
        rules.add(new QuotaRule(null, QuotaRuleKind.PER_BODY, id.apply(MERIT), NomineeKind.INDIVIDUAL, Level.COMMUNE,
                true, 5, null, null, "Mỗi xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao 05 cá nhân tiêu biểu xuất sắc"));
        rules.add(new QuotaRule(null, QuotaRuleKind.ONCE_PER_BODY, id.apply(MERIT), NomineeKind.HOUSEHOLD, Level.VILLAGE,
                true, 1, null, null, "01 lần cho hộ gia đình tiêu biểu của mỗi bản đạt chuẩn nông thôn mới"));
        rules.add(new QuotaRule(null, QuotaRuleKind.ONCE_PER_BODY, id.apply(MERIT), NomineeKind.COLLECTIVE, Level.VILLAGE,
                true, 1, null, null, "01 lần cho thôn, bản tiêu biểu đạt chuẩn nông thôn mới"));
        rules.add(new QuotaRule(null, QuotaRuleKind.MIN_CONTRIBUTION, id.apply(MERIT), NomineeKind.COLLECTIVE, null,
                false, null, null, 100_000_000L, "01 lần cho tập thể có đóng góp, ủng hộ xây dựng nông thôn mới có giá trị từ 100 triệu đồng trở lên"));
        rules.add(new QuotaRule(null, QuotaRuleKind.MIN_CONTRIBUTION, id.apply(MERIT), NomineeKind.INDIVIDUAL, null,
                false, null, null, 50_000_000L, "01 lần cho cá nhân có đóng góp, ủng hộ xây dựng nông thôn mới có giá trị từ 50 triệu đồng trở lên"));
        rules.add(new QuotaRule(null, QuotaRuleKind.PER_UNIT, id.apply(MERIT), NomineeKind.INDIVIDUAL, null, false, 2,
                null, null, "Các sở, ban, ngành, đoàn thể tỉnh; phòng, ban cấp huyện: mỗi đơn vị không quá 02 người"));
        if (standingAgencyId != null) {
            rules.add(new QuotaRule(null, QuotaRuleKind.PER_UNIT, id.apply(MERIT), NomineeKind.INDIVIDUAL, null, false, 4,
                    standingAgencyId, null, "Cơ quan thường trực Chương trình không quá 04 người"));
        }
        List<NominationDeadline> deadlines = new ArrayList<>();
        deadlines.add(new NominationDeadline(null, Level.COMMUNE, "Cơ quan thường trực cấp huyện", 1, 5,
                "UBND các xã, phường, thị trấn đề nghị khen thưởng về cơ quan thường trực cấp huyện trước ngày 05/01 hằng năm"));
        deadlines.add(new NominationDeadline(null, Level.DISTRICT, "UBND huyện, thành phố (qua Phòng Nội vụ)", 1, 10,
                "Cơ quan thường trực cấp huyện trình UBND huyện, thành phố trước ngày 10/01 hằng năm"));
        deadlines.add(new NominationDeadline(null, Level.DISTRICT, "UBND tỉnh (qua Sở Nông nghiệp và PTNT)", 1, 15,
                "UBND huyện, thành phố gửi hồ sơ trình UBND tỉnh khen thưởng trước ngày 15/01 hằng năm"));
        deadlines.add(new NominationDeadline(null, Level.PROVINCE, "UBND tỉnh (qua Sở Nông nghiệp và PTNT)", 1, 15,
                "Các sở, ban, ngành, đoàn thể cấp tỉnh, doanh nghiệp gửi hồ sơ trình UBND tỉnh khen thưởng trước ngày 15/01 hằng năm"));
        if (standingAgencyId != null) {
            deadlines.add(new NominationDeadline(null, Level.PROVINCE, "Sở Nội vụ", 1, 20,
                    "Sở Nông nghiệp và PTNT trình UBND tỉnh khen thưởng (qua Sở Nội vụ) trước ngày 20/01 hằng năm",
                    standingAgencyId));
        }
        return new Movement(null, "Phong trào thi đua \"Lai Châu chung sức xây dựng nông thôn mới\" giai đoạn 2021-2025",
                planId, 2021, 2025, standingAgencyId, rules, deadlines);
    }
}
