package vn.kehoach.domain.award;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.BaseSalary;
import vn.kehoach.domain.NomineeKind;

/**
 * Prize money: the form's multiple times the base salary in force on the decision date, rounded
 * up to the next 10,000 đồng. A collective takes the form's collective multiple (twice an
 * individual's when the form sets none); a household takes an individual's.
 */
public final class PrizeCalculator {
    private static final BigDecimal STEP = BigDecimal.valueOf(10_000);
    private final List<BaseSalary> salaries;

    public PrizeCalculator(List<BaseSalary> salaries) {
        this.salaries = salaries.stream().sorted(Comparator.comparing(BaseSalary::validFrom)).toList();
    }

    /** The base salary in force on a day, if any is set from that day or earlier. */
    public OptionalLong baseSalaryOn(LocalDate day) {
        OptionalLong found = OptionalLong.empty();
        for (BaseSalary s : salaries) {
            if (!s.validFrom().isAfter(day)) {
                found = OptionalLong.of(s.amount());
            }
        }
        return found;
    }

    /** The multiple that applies to a kind of nominee, or null when the form gives no prize to it. */
    public static BigDecimal multiple(AwardForm form, NomineeKind kind) {
        if (kind == NomineeKind.COLLECTIVE) {
            if (form.collectiveMultiple() != null) {
                return form.collectiveMultiple();
            }
            return form.individualMultiple() == null ? null : form.individualMultiple().multiply(BigDecimal.valueOf(2));
        }
        return form.individualMultiple();
    }

    /** The prize, or empty when the form gives none to this kind or no base salary is set for the day. */
    public OptionalLong prize(AwardForm form, NomineeKind kind, LocalDate decisionDate) {
        BigDecimal multiple = form == null || kind == null || decisionDate == null ? null : multiple(form, kind);
        OptionalLong salary = decisionDate == null ? OptionalLong.empty() : baseSalaryOn(decisionDate);
        if (multiple == null || salary.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(roundUp(multiple.multiply(BigDecimal.valueOf(salary.getAsLong()))));
    }

    /** Rounds an amount of đồng up to the next multiple of 10,000. */
    public static long roundUp(BigDecimal amount) {
        return amount.divide(STEP, 0, RoundingMode.CEILING).multiply(STEP).longValueExact();
    }
}
