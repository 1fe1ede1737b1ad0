package vn.kehoach.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A symbol with a space is refused with the rule: in the builder's checks while typing, and when saved or imported. */
class SymbolRuleTest {
    private static Plan withSymbol(String symbol) {
        Plan p = PlanTemplates.create(PlanTemplates.Template.BLANK, 2026);
        return PlanEdit.of(p.withHeader(new PlanHeader(null, null, null, "UBND TỈNH CÀ MAU", null, symbol, "Cà Mau",
                null, 2026))).title("Kế hoạch thử").build();
    }

    @Test
    void aSymbolWithSpacesIsAProblemOfTheBuilderAndIsRefusedOnSave() {
        PlanChecks checks = new PlanChecks(UnitLookup.of(List.of()), Map.of(), LocalDate.of(2026, 1, 5));
        assertThat(checks.check(withSymbol("KH - UBND"))).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(PlanProblem.Kind.SYMBOL_FORMAT);
            assertThat(p.message()).contains("dấu cách").contains("KH-UBND");
        });
        assertThat(checks.check(withSymbol("KH-UBND"))).noneMatch(p -> p.kind() == PlanProblem.Kind.SYMBOL_FORMAT);
        assertThatThrownBy(() -> InputRules.check(withSymbol("KH - UBND"))).hasMessageContaining("dấu cách");
        assertThat(SymbolRule.problem("KH\u00A0UBND")).isPresent();
        assertThat(SymbolRule.problem("KH-BCĐ")).isEmpty();
    }
}
