package vn.kehoach.domain;

/**
 * What the task list shows: a plan, a unit (lead or supporting), a status, only the overdue or
 * due-soon ones (both: either), and words searched ignoring diacritics. Null means "any".
 */
public record TaskFilter(Long planId, Long unitId, TaskStatus status, boolean overdue, boolean dueSoon, String search) {
    public static TaskFilter all() {
        return new TaskFilter(null, null, null, false, false, null);
    }

    public TaskFilter withPlan(Long id) {
        return new TaskFilter(id, unitId, status, overdue, dueSoon, search);
    }

    public TaskFilter withUnit(Long id) {
        return new TaskFilter(planId, id, status, overdue, dueSoon, search);
    }

    public TaskFilter withStatus(TaskStatus s) {
        return new TaskFilter(planId, unitId, s, overdue, dueSoon, search);
    }

    public TaskFilter withOverdue(boolean b) {
        return new TaskFilter(planId, unitId, status, b, dueSoon, search);
    }

    public TaskFilter withDueSoon(boolean b) {
        return new TaskFilter(planId, unitId, status, overdue, b, search);
    }

    public TaskFilter withSearch(String s) {
        return new TaskFilter(planId, unitId, status, overdue, dueSoon, s);
    }

    /** The urgency test alone (plan, unit and status are applied by the query). */
    public boolean acceptsUrgency(Urgency u) {
        if (!overdue && !dueSoon) {
            return true;
        }
        return overdue && u == Urgency.OVERDUE || dueSoon && u == Urgency.DUE_SOON;
    }
}
