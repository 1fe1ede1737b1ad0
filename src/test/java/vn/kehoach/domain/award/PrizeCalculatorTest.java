package vn.kehoach.domain.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.NomineeKind;

class PrizeCalculatorTest {
    private final PrizeCalculator prizes = new PrizeCalculator(List.of(new BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000),
            new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000)));
    private final AwardFixture f = new AwardFixture();

    @Test
    void theBaseSalaryInForceOnTheDecisionDateIsUsed() {
        assertThat(prizes.prize(f.merit, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 6, 30))).hasValue(2_700_000);
        assertThat(prizes.prize(f.merit, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 7, 1))).hasValue(3_510_000);
        assertThat(prizes.prize(f.merit, NomineeKind.COLLECTIVE, LocalDate.of(2024, 7, 1))).hasValue(7_020_000);
        assertThat(prizes.prize(f.merit, NomineeKind.HOUSEHOLD, LocalDate.of(2024, 7, 1))).hasValue(3_510_000);
        assertThat(prizes.prize(f.flag, NomineeKind.COLLECTIVE, LocalDate.of(2024, 7, 1))).hasValue(18_720_000);
        assertThat(prizes.prize(f.flag, NomineeKind.INDIVIDUAL, LocalDate.of(2024, 7, 1))).isEmpty();
        assertThat(prizes.prize(f.merit, NomineeKind.INDIVIDUAL, LocalDate.of(2023, 6, 30))).isEmpty();
    }

    @Test
    void amountsAreRoundedUpToTheNextTenThousand() {
        assertThat(PrizeCalculator.roundUp(new BigDecimal("702000"))).isEqualTo(710_000);
        assertThat(PrizeCalculator.roundUp(new BigDecimal("700000"))).isEqualTo(700_000);
        assertThat(PrizeCalculator.roundUp(new BigDecimal("700000.01"))).isEqualTo(710_000);
        AwardForm odd = new AwardForm(9L, "Giấy khen", Level.COMMUNE, "Chủ tịch UBND xã", new BigDecimal("0.3"), null,
                null, null, null, 0);
        assertThat(prizes.prize(odd, NomineeKind.INDIVIDUAL, LocalDate.of(2025, 1, 1))).hasValue(710_000); // 702,000
        assertThat(prizes.prize(odd, NomineeKind.COLLECTIVE, LocalDate.of(2025, 1, 1))).hasValue(1_410_000); // 1,404,000
    }
}
