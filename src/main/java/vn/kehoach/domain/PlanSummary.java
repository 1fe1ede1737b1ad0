package vn.kehoach.domain;

import java.time.LocalDate;

/** One line of the plan list. */
public record PlanSummary(long id, PlanKind kind, PlanStatus status, Integer number, String symbol, String title,
                         LocalDate issueDate, Integer issueYear, String issuingBody, int version) {

    public String numberAndSymbol() {
        return NumberFormatting.numberAndSymbol(number, symbol);
    }

    /** Everything a search over the list looks at. */
    public String searchText() {
        return numberAndSymbol() + " " + title + " " + issuingBody + " " + (issueYear == null ? "" : issueYear);
    }
}
