package vn.kehoach.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The deadline of a task as a plan states it: a date ("trước ngày 10/11/2023"), a yearly day
 * ("trước ngày 15/01 hằng năm") or a number of days before the conference. Resolves to a date
 * given the conference date or the year, and words itself the way plans write it.
 */
public record Deadline(LocalDate date, Integer yearlyMonth, Integer yearlyDay, Integer daysBeforeEvent) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");

    public Deadline {
        if ((yearlyMonth == null) != (yearlyDay == null)) {
            throw new IllegalArgumentException("yearly deadline needs both month and day");
        }
        if (yearlyMonth != null) {
            MonthDay.of(yearlyMonth, yearlyDay); // throws on 31/02 and the like
        }
    }

    public static Deadline of(Task task) {
        return new Deadline(task.dueDate(), task.yearlyDueMonth(), task.yearlyDueDay(), task.daysBeforeEvent());
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(date, null, null, null);
    }

    public static Deadline yearly(int month, int day) {
        return new Deadline(null, month, day, null);
    }

    public static Deadline daysBefore(int days) {
        return new Deadline(null, null, null, days);
    }

    public boolean isNone() {
        return date == null && yearlyMonth == null && daysBeforeEvent == null;
    }

    public boolean isYearly() {
        return date == null && yearlyMonth != null;
    }

    /** The yearly day in {@code year}; 29/02 falls on 28/02 in a common year. */
    public static LocalDate yearlyIn(int month, int day, int year) {
        return MonthDay.of(month, day).atYear(year);
    }

    /**
     * The day the task is due: the date itself; for a yearly deadline its day in {@code year};
     * for "N days before" the conference date minus N (empty while the conference date is unknown).
     */
    public Optional<LocalDate> resolve(LocalDate eventDate, int year) {
        if (date != null) {
            return Optional.of(date);
        }
        if (yearlyMonth != null) {
            return Optional.of(yearlyIn(yearlyMonth, yearlyDay, year));
        }
        if (daysBeforeEvent != null && eventDate != null) {
            return Optional.of(eventDate.minusDays(daysBeforeEvent));
        }
        return Optional.empty();
    }

    /**
     * The wording inside a plan: "trước ngày 10/11/2023", "trước ngày 15/01 hằng năm"; "N days
     * before" prints the resolved date when the conference date is known. Empty when there is none.
     */
    public String wording(LocalDate eventDate) {
        if (date != null) {
            return before(date);
        }
        if (yearlyMonth != null) {
            return Messages.get("tasks.deadline.yearly", dayMonth(yearlyMonth, yearlyDay));
        }
        if (daysBeforeEvent != null) {
            return eventDate != null ? before(eventDate.minusDays(daysBeforeEvent))
                    : Messages.get("tasks.deadline.daysBefore", daysBeforeEvent);
        }
        return "";
    }

    /**
     * As {@link #wording(LocalDate)}, for a task counting from {@code level}'s meeting of a
     * cascade: while that date is unknown, "trước ngày tổ chức Hội nghị cấp huyện 10 ngày".
     */
    public String wording(LocalDate eventDate, Level level) {
        if (level != null && date == null && yearlyMonth == null && daysBeforeEvent != null && eventDate == null) {
            return Messages.get("tasks.deadline.daysBeforeLevel", daysBeforeEvent, levelWords(level));
        }
        return wording(eventDate);
    }

    /** "cấp huyện": the level as it is named inside a sentence. */
    public static String levelWords(Level level) {
        return Messages.get("tasks.level." + level.name()).toLowerCase(java.util.Locale.ROOT);
    }

    /** A short form for tables and cells: "10/11/2023", "15/01 hằng năm", "10 ngày trước hội nghị". */
    public String shortForm() {
        if (date != null) {
            return format(date);
        }
        if (yearlyMonth != null) {
            return Messages.get("tasks.deadline.yearlyShort", dayMonth(yearlyMonth, yearlyDay));
        }
        if (daysBeforeEvent != null) {
            return Messages.get("tasks.deadline.daysBeforeShort", daysBeforeEvent);
        }
        return "";
    }

    /**
     * Reads the short form back (what a clerk types in a cell): "10/11/2023", "15/01 hằng năm",
     * "10 ngày trước hội nghị" (diacritics and case ignored). Empty text is no deadline.
     */
    public static Optional<Deadline> parse(String text) {
        String folded = VietnameseText.foldForSearch(text);
        if (folded.isEmpty()) {
            return Optional.of(new Deadline(null, null, null, null));
        }
        try {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})").matcher(folded);
            if (m.matches()) {
                return Optional.of(on(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)))));
            }
            m = java.util.regex.Pattern.compile("(\\d{1,2})/(\\d{1,2}) (hang nam|moi nam)").matcher(folded);
            if (m.matches()) {
                return Optional.of(yearly(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = java.util.regex.Pattern.compile("(\\d{1,3}) ngay truoc (hoi nghi|ngay to chuc hoi nghi)")
                    .matcher(folded);
            if (m.matches()) {
                return Optional.of(daysBefore(Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** "trước ngày 10/11/2023". */
    public static String before(LocalDate day) {
        return Messages.get("tasks.deadline.before", format(day));
    }

    /** "từ ngày 23/10/2023 đến ngày 31/10/2023". */
    public static String range(LocalDate from, LocalDate to) {
        return Messages.get("tasks.deadline.range", format(from), format(to));
    }

    /** "10/11/2023": two-digit day and month, as deadlines are written in plans. */
    public static String format(LocalDate day) {
        return day.format(DAY);
    }

    private static String dayMonth(int month, int day) {
        return MonthDay.of(month, day).format(DAY_MONTH);
    }
}
