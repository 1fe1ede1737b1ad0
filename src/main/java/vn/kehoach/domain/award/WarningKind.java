package vn.kehoach.domain.award;

/** What a nomination check found. The Vietnamese label is {@code awards.warningKind.<NAME>}. */
public enum WarningKind {
    /** More nominations for a body or unit than a quota rule allows. */
    QUOTA_EXCEEDED,
    /** A form given once per body over the movement was proposed again. */
    ONCE_ONLY,
    /** The rule requires a body meeting the new-rural standard and this one does not. */
    NOT_STANDARD,
    /** A contribution below the rule's threshold. */
    BELOW_THRESHOLD,
    /** Received after the deadline of the proposing body's level. */
    LATE,
    /** A required field is empty. */
    MISSING_FIELD,
    /** The proposed form is not in force on the date of receipt. */
    FORM_NOT_IN_FORCE,
    /** The same nominee proposed twice for the same form in the movement. */
    DUPLICATE
}
