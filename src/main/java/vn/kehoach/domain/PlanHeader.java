package vn.kehoach.domain;

import java.time.LocalDate;

/**
 * The header grid of a plan. Bodies are kept both as a directory link and as the text
 * printed, because the clerk may adjust the printed text. {@code issuingBody} may hold
 * two lines separated by a newline (ỦY BAN NHÂN DÂN / TỈNH GIA LAI).
 */
public record PlanHeader(
        Long governingBodyId,
        String governingBody,
        Long issuingBodyId,
        String issuingBody,
        Integer number,
        String symbol,
        String place,
        LocalDate issueDate,
        Integer issueYear) {

    public PlanHeader {
        governingBody = Text.cleanOrNull(governingBody);
        issuingBody = Text.clean(issuingBody);
        symbol = Text.clean(symbol);
        place = Text.clean(place);
        if (issueDate != null) {
            issueYear = issueDate.getYear();
        }
    }

    /** The year the plan belongs to (for the register of numbers and the date line). */
    public Integer year() {
        return issueDate != null ? Integer.valueOf(issueDate.getYear()) : issueYear;
    }

    public PlanHeader withNumberAndDate(Integer newNumber, LocalDate newDate) {
        return new PlanHeader(governingBodyId, governingBody, issuingBodyId, issuingBody, newNumber, symbol, place,
                newDate, newDate == null ? issueYear : Integer.valueOf(newDate.getYear()));
    }
}
