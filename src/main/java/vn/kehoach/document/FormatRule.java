package vn.kehoach.document;

import vn.kehoach.domain.PlanProblem;
import vn.kehoach.domain.Messages;

/** The rules of the official format that {@link FormatChecker} verifies, in reading order. */
public enum FormatRule {
    PAGE_A4("pageA4"),
    MARGINS("margins"),
    FONT("font"),
    ISSUING_BODY("issuingBody"),
    NUMBER_LINE("numberLine"),
    NATIONAL_TITLE("nationalTitle"),
    MOTTO("motto"),
    PLACE_DATE("placeDate"),
    KIND_AND_ABSTRACT("kindAndAbstract"),
    BODY("body"),
    PARTS("parts"),
    POINTS("points"),
    CLOSING("closing"),
    AUTHORITY("authority"),
    RECIPIENTS_HEADING("recipientsHeading"),
    RECIPIENTS("recipients"),
    PAGE_NUMBERS("pageNumbers"),
    /** Headings with nothing under them (chưa hoàn thiện). */
    EMPTY_HEADINGS("emptyHeadings", PlanProblem.Severity.UNFINISHED),
    /** Placeholders left for later: "…", "[…]", "xx/xx" (chưa hoàn thiện). */
    PLACEHOLDERS("placeholders", PlanProblem.Severity.UNFINISHED),
    /** A file that says it is issued has its number and its date (chưa hoàn thiện). */
    ISSUED_NUMBER_AND_DATE("issuedNumberAndDate", PlanProblem.Severity.UNFINISHED);

    private final String key;
    private final PlanProblem.Severity severity;

    FormatRule(String key) {
        this(key, PlanProblem.Severity.FORMAT);
    }

    FormatRule(String key, PlanProblem.Severity severity) {
        this.key = key;
        this.severity = severity;
    }

    /** A format error (lỗi thể thức) or an unfinished plan (chưa hoàn thiện). */
    public PlanProblem.Severity severity() {
        return severity;
    }

    /** Bundle key of the rule's Vietnamese name. */
    public String key() {
        return "document.rule." + key;
    }

    /** The rule's Vietnamese name, e.g. "Quốc hiệu". */
    public String displayName() {
        return Messages.get(key());
    }
}
