package vn.kehoach.domain;

import java.text.NumberFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/**
 * The one set of rules every input path applies — the window's editors (through the
 * repositories' save methods), the JSON plan file, the task and nomination XLSX imports:
 * text is NFC, has no NUL, no control character (tab and line breaks only in fields of several
 * lines), no bidirectional override or embedding, and fits its database column; a date is a real
 * day between {@value #MIN_YEAR} and {@value #MAX_YEAR}. A problem is a Vietnamese sentence that
 * names the field.
 */
public final class InputRules {
    public static final int MIN_YEAR = 1945;
    public static final int MAX_YEAR = 2100;
    /** Day/month/year as clerks type it; 31/02 is refused, not moved to 03/03. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW_DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private InputRules() {}

    /** A value read from a person or a file, or why it was refused (then {@code value} is null). */
    public record Checked<T>(T value, String problem) {
        public static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null);
        }

        public static <T> Checked<T> refused(String problem) {
            return new Checked<>(null, problem);
        }

        public boolean ok() {
            return problem == null;
        }
    }

    // ------------------------------------------------------------------ text

    /**
     * What is wrong with {@code value} for {@code rule}, without the field's name (e.g. "dài
     * 5.000 ký tự, tối đa 4.000"); empty when nothing is. The value is judged NFC-normalised and
     * stripped, as it would be stored. Null and blank are fine here: whether a field is required
     * is the caller's rule.
     */
    public static Optional<String> textProblem(FieldRule rule, String value) {
        if (value == null) {
            return Optional.empty();
        }
        String clean = Text.clean(value);
        for (int i = 0; i < clean.length(); ) {
            int cp = clean.codePointAt(i);
            int position = clean.codePointCount(0, i) + 1;
            if (cp == 0) {
                return Optional.of(Messages.get("input.nul", position));
            }
            if (isBidiControl(cp)) {
                return Optional.of(Messages.get("input.bidi", code(cp), position));
            }
            if (cp == '\t' || cp == '\n' || cp == '\r') {
                if (!rule.multiline()) {
                    return Optional.of(Messages.get("input.lineBreak", position));
                }
            } else if (Character.getType(cp) == Character.CONTROL) {
                return Optional.of(Messages.get("input.control", code(cp), position));
            } else if (Character.getType(cp) == Character.SURROGATE) {
                return Optional.of(Messages.get("input.control", code(cp), position));
            }
            i += Character.charCount(cp);
        }
        if (clean.length() > rule.maxLength()) {
            return Optional.of(Messages.get("input.tooLong", count(clean.length()), count(rule.maxLength())));
        }
        return Optional.empty();
    }

    /** The value as it will be stored (NFC, stripped, blank as null), or {@link InvalidInput}. */
    public static String text(FieldRule rule, String value) {
        Optional<String> problem = textProblem(rule, value);
        if (problem.isPresent()) {
            throw new InvalidInput(rule, problem.get());
        }
        return Text.cleanOrNull(value);
    }

    /** Every text of a list, each checked against the same rule. */
    public static void texts(FieldRule rule, List<String> values) {
        if (values != null) {
            values.forEach(v -> text(rule, v));
        }
    }

    private static boolean isBidiControl(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    private static String code(int cp) {
        return String.format("U+%04X", cp);
    }

    /** A count as Vietnamese print it: 5.000. */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(Text.VIETNAMESE).format(n);
    }

    // ------------------------------------------------------------------ dates and numbers

    /** Why {@code day} cannot be stored (outside {@value #MIN_YEAR}–{@value #MAX_YEAR}); empty when fine or null. */
    public static Optional<String> dateProblem(LocalDate day) {
        if (day == null || day.getYear() >= MIN_YEAR && day.getYear() <= MAX_YEAR) {
            return Optional.empty();
        }
        String shown = day.getYear() >= 0 && day.getYear() <= 9999 ? day.format(SHOW_DAY) : day.toString();
        return Optional.of(Messages.get("input.dateRange", shown, MIN_YEAR, MAX_YEAR));
    }

    public static LocalDate date(FieldRule rule, LocalDate day) {
        Optional<String> problem = dateProblem(day);
        if (problem.isPresent()) {
            throw new InvalidInput(rule, problem.get());
        }
        return day;
    }

    public static int year(FieldRule rule, int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidInput(rule, Messages.get("input.yearRange", year, MIN_YEAR, MAX_YEAR));
        }
        return year;
    }

    /**
     * A day typed as day/month/year ("3/1/2024", "03-01-2024", "03.01.2024"), strictly: a day
     * that does not exist (31/02) or a year outside the range is refused. Blank: null, no problem.
     */
    public static Checked<LocalDate> parseDate(String text) {
        String clean = Text.clean(text);
        if (clean.isEmpty()) {
            return Checked.ok(null);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(clean.replace('-', '/').replace('.', '/'), DAY);
        } catch (DateTimeParseException e) {
            return Checked.refused(Messages.get("input.dateInvalid", clean));
        }
        Optional<String> range = dateProblem(day);
        return range.isPresent() ? Checked.refused(range.get()) : Checked.ok(day);
    }

    /**
     * A whole amount typed as text ("60.000.000", "60 000 000 đồng"); refused when it holds
     * anything else than digits and group separators, or more than 15 digits.
     */
    public static Checked<Long> parseAmount(String text) {
        String clean = Text.clean(text);
        if (clean.isEmpty()) {
            return Checked.ok(null);
        }
        String digits = VietnameseText.foldForSearch(clean).replace("dong", "").replace("vnd", "").replace("d", "")
                .replaceAll("[\\s.,]", "");
        if (!digits.matches("\\d{1,15}")) {
            return Checked.refused(Messages.get("input.notNumber", clean));
        }
        return Checked.ok(Long.parseLong(digits));
    }

    /** An amount from a number cell: whole, not negative, at most 15 digits. */
    public static Checked<Long> amount(double value) {
        if (Double.isNaN(value) || value < 0 || value >= 1e15 || value != Math.rint(value)) {
            return Checked.refused(Messages.get("input.badAmount", NumberFormat.getInstance(Text.VIETNAMESE).format(value)));
        }
        return Checked.ok((long) value);
    }

    // ------------------------------------------------------------------ whole records

    public static void check(Task t) {
        text(FieldRule.TASK_TITLE, t.title());
        text(FieldRule.TASK_DETAILS, t.details());
        text(FieldRule.TASK_DELIVERABLE, t.deliverable());
        text(FieldRule.TASK_NOTE, t.note());
        text(FieldRule.TASK_PERFORMERS, t.performers());
        date(FieldRule.TASK_DUE_DATE, t.dueDate());
        date(FieldRule.TASK_DONE_DATE, t.doneDate());
        if ((t.yearlyDueMonth() == null) != (t.yearlyDueDay() == null)) {
            throw new InvalidInput(FieldRule.TASK_DUE_DATE, Messages.get("input.yearlyDay", "?", "?"));
        }
        if (t.yearlyDueMonth() != null) {
            try {
                MonthDay.of(t.yearlyDueMonth(), t.yearlyDueDay());
            } catch (DateTimeException e) {
                throw new InvalidInput(FieldRule.TASK_DUE_DATE,
                        Messages.get("input.yearlyDay", t.yearlyDueDay(), t.yearlyDueMonth()));
            }
        }
        if (t.daysBeforeEvent() != null && (t.daysBeforeEvent() < 0 || t.daysBeforeEvent() > 999)) {
            throw new InvalidInput(FieldRule.TASK_DUE_DATE, Messages.get("input.daysBefore", t.daysBeforeEvent()));
        }
    }

    public static void check(Nomination n) {
        text(FieldRule.NOMINEE_NAME, n.nomineeName());
        text(FieldRule.POSITION_TITLE, n.positionTitle());
        text(FieldRule.ACHIEVEMENT, n.achievement());
        text(FieldRule.RETURN_REASON, n.returnReason());
        text(FieldRule.DECISION_NUMBER, n.decisionNumber());
        date(FieldRule.RECEIVED_DATE, n.receivedDate());
        date(FieldRule.DECISION_DATE, n.decisionDate());
    }

    public static void check(Plan p) {
        PlanHeader h = p.header();
        if (h != null) {
            text(FieldRule.PLAN_GOVERNING_BODY, h.governingBody());
            text(FieldRule.PLAN_ISSUING_BODY, h.issuingBody());
            text(FieldRule.PLAN_SYMBOL, h.symbol());
            SymbolRule.problem(h.symbol()).ifPresent(problem -> {
                throw new InvalidInput(FieldRule.PLAN_SYMBOL, problem);
            });
            text(FieldRule.PLAN_PLACE, h.place());
            date(FieldRule.ISSUE_DATE, h.issueDate());
            if (h.issueYear() != null) {
                year(FieldRule.ISSUE_DATE, h.issueYear());
            }
        }
        text(FieldRule.PLAN_TITLE, p.title());
        texts(FieldRule.LEGAL_BASIS, p.legalBases());
        text(FieldRule.PLAN_PREAMBLE, p.preamble());
        if (p.outline() != null) {
            p.outline().forEach(InputRules::check);
        }
        text(FieldRule.PLAN_CLOSING, p.closingText());
        text(FieldRule.PLAN_CONTACT, p.contactText());
        SignatureBlock s = p.signature();
        if (s != null) {
            text(FieldRule.SIGNING_COLLECTIVE, s.collective());
            text(FieldRule.SIGNING_HEAD_TITLE, s.headTitle());
            text(FieldRule.SIGNER_TITLE, s.signerTitle());
            text(FieldRule.SIGNER_NAME, s.signerName());
        }
        if (p.recipients() != null) {
            for (Recipient r : p.recipients()) {
                text(FieldRule.RECIPIENT_TEXT, r.text());
                text(FieldRule.RECIPIENT_PURPOSE, r.purpose());
            }
        }
        text(FieldRule.PLAN_ARCHIVE_LINE, p.archiveLine());
        if (p.tasks() != null) {
            p.tasks().forEach(InputRules::check);
        }
        if (p.conference() != null) {
            check(p.conference());
        }
    }

    private static void check(Section s) {
        text(FieldRule.SECTION_HEADING, s.heading());
        text(FieldRule.SECTION_TEXT, s.text());
        if (s.children() != null) {
            s.children().forEach(InputRules::check);
        }
    }

    public static void check(Conference c) {
        text(FieldRule.CONFERENCE_DURATION, c.duration());
        date(FieldRule.CONFERENCE_WINDOW, c.windowStart());
        date(FieldRule.CONFERENCE_WINDOW, c.windowEnd());
        text(FieldRule.CONFERENCE_TIME_NOTE, c.timeNote());
        text(FieldRule.CONFERENCE_CHAIR, c.chair());
        if (c.sites() != null) {
            for (Conference.Site site : c.sites()) {
                text(FieldRule.SITE_NAME, site.name());
                text(FieldRule.SITE_ADDRESS, site.address());
                text(FieldRule.CONFERENCE_CHAIR, site.chair());
                date(FieldRule.SITE_DEADLINE, site.deadline());
                date(FieldRule.SITE_DEADLINE, site.windowStart());
                date(FieldRule.SITE_DEADLINE, site.reportDeadline());
            }
        }
        if (c.attendeeGroups() != null) {
            c.attendeeGroups().forEach(g -> text(FieldRule.ATTENDEES, g.description()));
        }
        if (c.agenda() != null) {
            for (Conference.AgendaItem a : c.agenda()) {
                text(FieldRule.AGENDA_TITLE, a.title());
                text(FieldRule.PRESENTER, a.presenter());
            }
        }
    }

    public static void check(Organization o) {
        text(FieldRule.ORG_FULL_NAME, o.fullName());
        text(FieldRule.ORG_SHORT_NAME, o.shortName());
        text(FieldRule.ORG_ARCHIVE, o.archiveAbbreviation());
        text(FieldRule.ORG_ADDRESS, o.address());
        text(FieldRule.ORG_EMAIL, o.email());
        date(FieldRule.ORG_VALID_FROM, o.validFrom());
        date(FieldRule.ORG_VALID_UNTIL, o.validUntil());
    }

    public static void check(Person p) {
        text(FieldRule.PERSON_NAME, p.fullName());
        text(FieldRule.PERSON_TITLE, p.title());
    }

    public static void check(RecipientGroup g) {
        text(FieldRule.GROUP_NAME, g.name());
    }

    public static void check(Movement m) {
        text(FieldRule.MOVEMENT_NAME, m.name());
        year(FieldRule.MOVEMENT_YEAR, m.startYear());
        year(FieldRule.MOVEMENT_YEAR, m.endYear());
    }

    public static void check(AwardForm f) {
        text(FieldRule.AWARD_FORM_NAME, f.name());
        text(FieldRule.AWARD_FORM_GIVER, f.giver());
        text(FieldRule.AWARD_FORM_BASIS, f.legalBasis());
    }
}
