package vn.kehoach.domain;

import java.util.List;

/** Something the clerk should fix, with the place to jump to. */
public record PlanProblem(Kind kind, String message, Place place, List<Integer> path, int index) {
    public enum Kind {
        MISSING_NUMBER, MISSING_DATE, DEADLINE_BEFORE_ISSUE, DEADLINE_PAST, DEADLINE_YEAR, UNIT_NOT_RECIPIENT,
        RECIPIENT_FORMAT, ARCHIVE_FORMAT, EMPTY_SECTION, BAD_DATE, POINT_ORDER, SYMBOL_FORMAT, PLACEHOLDER;

        /**
         * How bad it is: the official format broken, or the plan not finished. Deadlines that are past,
         * before the issue date or in a slipped year are content to update (a copy of last year's
         * plan has them all), not the decree's format.
         */
        public Severity severity() {
            return switch (this) {
                case MISSING_NUMBER, MISSING_DATE, UNIT_NOT_RECIPIENT, EMPTY_SECTION, PLACEHOLDER, DEADLINE_PAST,
                     DEADLINE_BEFORE_ISSUE, DEADLINE_YEAR -> Severity.UNFINISHED;
                default -> Severity.FORMAT;
            };
        }
    }

    /** The two severities of one set of rules, shared with the DOCX checker. */
    public enum Severity {
        /** lỗi thể thức: the official format is broken. */
        FORMAT,
        /** chưa hoàn thiện: the plan is not finished (empty headings, placeholders, no number, …). */
        UNFINISHED;

        /** "lỗi thể thức" / "chưa hoàn thiện". */
        public String displayName() {
            return Messages.get("check.severity." + name());
        }
    }

    public Severity severity() {
        return kind.severity();
    }

    /** Where the problem is: a field of the plan, a section (by path), a task or a recipient (by index). */
    public enum Place { NUMBER, DATE, TITLE, PREAMBLE, CLOSING, SECTION, TASK, RECIPIENT, ARCHIVE_LINE }

    public PlanProblem {
        path = path == null ? List.of() : List.copyOf(path);
    }

    static PlanProblem at(Kind kind, Place place, String message) {
        return new PlanProblem(kind, message, place, List.of(), -1);
    }
}
