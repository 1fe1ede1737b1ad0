package vn.kehoach.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A form of award (Cờ thi đua, Bằng khen, Giấy khen) with its prize as a multiple of the
 * statutory base salary, for an individual and for a collective. Valid between two dates
 * because the law that sets it changes.
 */
public record AwardForm(Long id, String name, Level level, String giver, BigDecimal individualMultiple,
                        BigDecimal collectiveMultiple, String legalBasis, LocalDate validFrom, LocalDate validUntil,
                        int sortOrder) {
    public AwardForm {
        name = Text.clean(name);
        giver = Text.clean(giver);
        legalBasis = Text.cleanOrNull(legalBasis);
    }
}
