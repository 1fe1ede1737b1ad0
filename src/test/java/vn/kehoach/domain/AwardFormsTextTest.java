package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoach.app.AppContext;
import vn.kehoach.store.AppHome;
import vn.kehoach.store.DatabaseFile;
import vn.kehoach.store.SampleLoader;

/** The award forms part written from a movement's rules, against the sentences of the Lai Châu plan (seed 002, V.2). */
class AwardFormsTextTest {
    static final AwardForm FLAG = new AwardForm(1L, "Cờ thi đua của UBND tỉnh", Level.PROVINCE, "UBND tỉnh", null,
            BigDecimal.valueOf(8), null, null, null, 10);
    static final AwardForm MERIT = new AwardForm(2L, "Bằng khen của Chủ tịch UBND tỉnh", Level.PROVINCE,
            "Chủ tịch UBND tỉnh", BigDecimal.ONE, BigDecimal.valueOf(2), null, null, null, 20);
    static final AwardForm DISTRICT_PAPER = new AwardForm(3L, "Giấy khen của Chủ tịch UBND cấp huyện", Level.DISTRICT,
            "Chủ tịch UBND huyện", new BigDecimal("0.3"), new BigDecimal("0.6"), null, null, null, 40);
    static final long AGRICULTURE = 7L;

    static QuotaRule rule(QuotaRuleKind kind, AwardForm form, NomineeKind who, Level scope, boolean standard, Integer max,
                          Long org, String description) {
        return new QuotaRule(null, kind, form.id(), who, scope, standard, max, org, null, description);
    }

    static Movement laiChau(List<QuotaRule> rules) {
        return new Movement(1L, "Lai Châu chung sức xây dựng nông thôn mới", null, 2021, 2025, AGRICULTURE, rules,
                List.of());
    }

    static List<String> texts(List<Section> sections) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            String prefix = switch (s.level()) {
                case BULLET -> "- ";
                case SUB_BULLET -> "+ ";
                default -> "";
            };
            if (s.heading() != null) {
                out.add(prefix + s.heading() + ":");
            }
            if (s.text() != null) {
                out.add(prefix + s.text());
            }
            out.addAll(texts(s.children()));
        }
        return out;
    }

    private final AwardFormsText text = new AwardFormsText(UnitLookup.of(List.of()));

    @Test
    void aFormGivenOncePerBodyIsOnePointNamingEveryLevel() {
        Movement m = laiChau(List.of(
                rule(QuotaRuleKind.ONCE_PER_BODY, FLAG, NomineeKind.COLLECTIVE, Level.DISTRICT, true, 1, null, "huyện"),
                rule(QuotaRuleKind.ONCE_PER_BODY, FLAG, NomineeKind.COLLECTIVE, Level.COMMUNE, true, 1, null, "xã")));
        List<Section> out = text.render(new AwardRules(m, List.of(FLAG, MERIT)));
        assertThat(out).singleElement().satisfies(p -> {
            assertThat(p.level()).isEqualTo(SectionLevel.POINT);
            assertThat(p.text()).isEqualTo("Cờ thi đua của UBND tỉnh: Tặng 01 lần cho huyện được công nhận huyện nông "
                    + "thôn mới; xã đạt chuẩn nông thôn mới; xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021-2025.");
        });
    }

    @Test
    void individualQuotasOfOneLevelAddUpAcrossFormsWithTheShareOfEachLevel() {
        Movement m = laiChau(List.of(
                rule(QuotaRuleKind.PER_BODY, MERIT, NomineeKind.INDIVIDUAL, Level.DISTRICT, true, 5, null, "5"),
                rule(QuotaRuleKind.PER_BODY, DISTRICT_PAPER, NomineeKind.INDIVIDUAL, Level.DISTRICT, true, 15, null, "15"),
                rule(QuotaRuleKind.PER_BODY, MERIT, NomineeKind.INDIVIDUAL, Level.COMMUNE, true, 5, null, "xã")));
        List<Section> out = text.render(new AwardRules(m, List.of(MERIT, DISTRICT_PAPER)));
        assertThat(out).hasSize(1); // the district form has no point of its own: its share is in the sentence
        assertThat(texts(out)).containsExactly(
                "Bằng khen của Chủ tịch UBND tỉnh:",
                "- Bằng khen của Chủ tịch UBND tỉnh tặng cho cá nhân, hộ gia đình đạt một trong các tiêu chuẩn sau:",
                "+ Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân) tiêu biểu "
                        + "xuất sắc có nhiều thành tích trong xây dựng nông thôn mới.",
                "+ Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân tiêu biểu xuất sắc có nhiều thành "
                        + "tích trong xây dựng nông thôn mới.");
    }

    @Test
    void perUnitQuotaAndTheStandingAgencysExceptionMakeOneSentence() {
        Movement m = laiChau(List.of(
                rule(QuotaRuleKind.PER_UNIT, MERIT, NomineeKind.INDIVIDUAL, null, false, 2, null,
                        "Khi sơ kết, tổng kết Chương trình: mỗi sở không quá 02 người."),
                rule(QuotaRuleKind.PER_UNIT, MERIT, NomineeKind.INDIVIDUAL, null, false, 4, AGRICULTURE, "riêng")));
        assertThat(texts(text.render(new AwardRules(m, List.of(MERIT))))).contains("- Khi sơ kết, tổng kết Chương "
                + "trình: Mỗi đơn vị không quá 02 người, riêng cơ quan thường trực Chương trình không quá 04 người.");
    }

    @Test
    void noMovementRendersNothingAndOldCallersKeepWorking() {
        Plan plan = new Plan(null, PlanKind.MOVEMENT, PlanStatus.DRAFT, null, "x", List.of(), null, List.of(), null,
                null, null, List.of(), null, 1, null, List.of(), null);
        assertThat(new BoundBlockText(UnitLookup.of(List.of()), null).render(plan, BoundBlock.AWARD_FORMS)).isEmpty();
    }

    @Test
    void theLaiChauSamplePlansAwardPartIsWrittenFromItsRules(@TempDir Path tmp) {
        try (AppContext ctx = AppContext.open(new AppHome(tmp.resolve("home")),
                new DatabaseFile(tmp.resolve("db").resolve("kehoach")), true)) {
            new SampleLoader(ctx.database()).loadIntoEmpty();
            PlanSummary summary = ctx.plans().summaries().stream()
                    .filter(p -> p.title().contains("Lai Châu chung sức")).findFirst().orElseThrow();
            Plan plan = ctx.plans().get(summary.id());
            Movement movement = ctx.awards().movementsOfPlan(plan.id()).get(0);
            BoundBlockText blocks = new BoundBlockText(UnitLookup.of(ctx.organizations().all()),
                    movement.standingAgencyId(), new AwardRules(movement, ctx.awards().forms()));

            List<String> lines = texts(blocks.render(plan, BoundBlock.AWARD_FORMS));

            assertThat(lines).contains(
                    "Cờ thi đua của UBND tỉnh: Tặng 01 lần cho huyện được công nhận huyện nông thôn mới; xã đạt chuẩn "
                            + "nông thôn mới; xã đạt chuẩn nông thôn mới nâng cao giai đoạn 2021-2025.",
                    "+ Mỗi huyện đạt chuẩn nông thôn mới 20 cá nhân (cấp tỉnh 05 cá nhân, cấp huyện 15 cá nhân) tiêu "
                            + "biểu xuất sắc có nhiều thành tích trong xây dựng nông thôn mới.",
                    "+ Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân tiêu biểu xuất sắc có nhiều "
                            + "thành tích trong xây dựng nông thôn mới.",
                    "+ 01 lần cho thôn, bản tiêu biểu đạt chuẩn nông thôn mới.");
            // the plan writes "4 người" for the standing agency; numbers below 10 take a leading zero here
            assertThat(lines).anyMatch(l -> l.endsWith(": Mỗi đơn vị không quá 02 người, riêng cơ quan thường trực "
                    + "Chương trình không quá 04 người."));
            org.slf4j.LoggerFactory.getLogger(AwardFormsTextTest.class).info("Lai Châu award part:\n{}",
                    String.join("\n", lines));
        }
    }
}
