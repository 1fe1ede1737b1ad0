package vn.kehoach.document;

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
    PAGE_NUMBERS("pageNumbers");

    private final String key;

    FormatRule(String key) {
        this.key = key;
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
