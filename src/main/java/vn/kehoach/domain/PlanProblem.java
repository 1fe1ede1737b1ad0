package vn.kehoach.domain;

import java.util.List;

/** Something the clerk should fix, with the place to jump to. */
public record PlanProblem(Kind kind, String message, Place place, List<Integer> path, int index) {
    public enum Kind {
        MISSING_NUMBER, MISSING_DATE, DEADLINE_BEFORE_ISSUE, DEADLINE_PAST, DEADLINE_YEAR, UNIT_NOT_RECIPIENT,
        RECIPIENT_FORMAT, ARCHIVE_FORMAT, EMPTY_SECTION, BAD_DATE, POINT_ORDER, SYMBOL_FORMAT
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
