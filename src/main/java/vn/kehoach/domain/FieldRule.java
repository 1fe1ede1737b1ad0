package vn.kehoach.domain;

/**
 * What one stored text field accepts: its name for people (a bundle key), the length of its
 * database column (V1__schema.sql), and whether it may hold several lines (tab and line breaks).
 * The constants are every text field a person or a file can fill.
 */
public record FieldRule(String labelKey, int maxLength, boolean multiline) {
    /** CLOB columns (preamble, section text, details, achievement) get this generous limit. */
    public static final int CLOB = 200_000;

    // plan (table plan, plan_legal_basis, plan_section, plan_recipient)
    public static final FieldRule PLAN_TITLE = line("input.field.planTitle", 2000);
    public static final FieldRule PLAN_SYMBOL = line("input.field.planSymbol", 50);
    public static final FieldRule PLAN_PLACE = line("input.field.planPlace", 100);
    public static final FieldRule PLAN_GOVERNING_BODY = lines("input.field.governingBody", 300);
    public static final FieldRule PLAN_ISSUING_BODY = lines("input.field.issuingBody", 300);
    public static final FieldRule PLAN_PREAMBLE = lines("input.field.preamble", CLOB);
    public static final FieldRule PLAN_CLOSING = lines("input.field.closingText", CLOB);
    public static final FieldRule PLAN_CONTACT = lines("input.field.contactText", CLOB);
    public static final FieldRule PLAN_ARCHIVE_LINE = line("input.field.archiveLine", 500);
    public static final FieldRule LEGAL_BASIS = line("input.field.legalBasis", 4000);
    public static final FieldRule SECTION_HEADING = line("input.field.sectionHeading", 2000);
    public static final FieldRule SECTION_TEXT = lines("input.field.sectionText", CLOB);
    public static final FieldRule RECIPIENT_TEXT = line("input.field.recipient", 500);
    public static final FieldRule RECIPIENT_PURPOSE = line("input.field.recipientPurpose", 50);
    public static final FieldRule SIGNING_COLLECTIVE = line("input.field.signingCollective", 200);
    public static final FieldRule SIGNING_HEAD_TITLE = line("input.field.signingHeadTitle", 200);
    public static final FieldRule SIGNER_TITLE = line("input.field.signerTitle", 200);
    public static final FieldRule SIGNER_NAME = line("input.field.signerName", 200);
    public static final FieldRule ISSUE_DATE = line("input.field.issueDate", 10);

    // task
    public static final FieldRule TASK_TITLE = line("input.field.taskTitle", 4000);
    public static final FieldRule TASK_DETAILS = lines("input.field.taskDetails", CLOB);
    public static final FieldRule TASK_DELIVERABLE = line("input.field.deliverable", 1000);
    public static final FieldRule TASK_NOTE = lines("input.field.taskNote", 2000);
    public static final FieldRule TASK_PERFORMERS = line("input.field.performers", 2000);
    public static final FieldRule TASK_DUE_DATE = line("input.field.dueDate", 10);
    public static final FieldRule TASK_DONE_DATE = line("input.field.doneDate", 10);

    // conference
    public static final FieldRule CONFERENCE_DURATION = line("input.field.duration", 100);
    public static final FieldRule CONFERENCE_TIME_NOTE = lines("input.field.timeNote", 1000);
    public static final FieldRule CONFERENCE_CHAIR = line("input.field.chair", 300);
    public static final FieldRule CONFERENCE_WINDOW = line("input.field.conferenceWindow", 10);
    public static final FieldRule SITE_NAME = line("input.field.siteName", 500);
    public static final FieldRule SITE_ADDRESS = line("input.field.siteAddress", 1000);
    public static final FieldRule SITE_DEADLINE = line("input.field.siteDeadline", 10);
    public static final FieldRule ATTENDEES = lines("input.field.attendees", 2000);
    public static final FieldRule AGENDA_TITLE = line("input.field.agendaTitle", 2000);
    public static final FieldRule PRESENTER = line("input.field.presenter", 300);

    // nomination, movement, award form
    public static final FieldRule NOMINEE_NAME = line("input.field.nomineeName", 500);
    public static final FieldRule POSITION_TITLE = line("input.field.positionTitle", 500);
    public static final FieldRule ACHIEVEMENT = lines("input.field.achievement", CLOB);
    public static final FieldRule RETURN_REASON = lines("input.field.returnReason", 1000);
    public static final FieldRule DECISION_NUMBER = line("input.field.decisionNumber", 50);
    public static final FieldRule RECEIVED_DATE = line("input.field.receivedDate", 10);
    public static final FieldRule DECISION_DATE = line("input.field.decisionDate", 10);
    public static final FieldRule MOVEMENT_NAME = line("input.field.movementName", 1000);
    public static final FieldRule MOVEMENT_YEAR = line("input.field.movementYear", 4);
    public static final FieldRule AWARD_FORM_NAME = line("input.field.awardFormName", 300);
    public static final FieldRule AWARD_FORM_GIVER = line("input.field.awardFormGiver", 300);
    public static final FieldRule AWARD_FORM_BASIS = line("input.field.awardFormBasis", 300);

    // directory
    public static final FieldRule ORG_FULL_NAME = line("input.field.orgFullName", 500);
    public static final FieldRule ORG_SHORT_NAME = line("input.field.orgShortName", 200);
    public static final FieldRule ORG_ARCHIVE = line("input.field.orgArchive", 30);
    public static final FieldRule ORG_ADDRESS = line("input.field.orgAddress", 500);
    public static final FieldRule ORG_EMAIL = line("input.field.orgEmail", 200);
    public static final FieldRule ORG_VALID_FROM = line("input.field.orgValidFrom", 10);
    public static final FieldRule ORG_VALID_UNTIL = line("input.field.orgValidUntil", 10);
    public static final FieldRule PERSON_NAME = line("input.field.personName", 200);
    public static final FieldRule PERSON_TITLE = line("input.field.personTitle", 300);
    public static final FieldRule GROUP_NAME = line("input.field.groupName", 300);

    private static FieldRule line(String key, int max) {
        return new FieldRule(key, max, false);
    }

    private static FieldRule lines(String key, int max) {
        return new FieldRule(key, max, true);
    }

    /** The field's name as a person reads it. */
    public String label() {
        return Messages.get(labelKey);
    }
}
