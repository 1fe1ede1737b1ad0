package vn.kehoach.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Overdue and due-soon rules against an injected clock: a task not delivered is overdue the
 * day after its deadline ("trước ngày 10/11" still allows the 10th), and due soon when its
 * deadline falls within the next {@value #SOON_DAYS} days. A yearly deadline counts in the
 * current year.
 */
public final class TaskUrgency {
    public static final int SOON_DAYS = 7;
    private final Clock clock;

    public TaskUrgency(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date the task is due this year, or with the conference on {@code eventDate}. */
    public Optional<LocalDate> dueDate(Task task, LocalDate eventDate) {
        return Deadline.of(task).resolve(eventDate, today().getYear());
    }

    public Urgency of(Task task, LocalDate eventDate) {
        if (task.isDone()) {
            return Urgency.DONE;
        }
        Optional<LocalDate> due = dueDate(task, eventDate);
        if (due.isEmpty()) {
            return Urgency.UNDATED;
        }
        LocalDate today = today();
        if (due.get().isBefore(today)) {
            return Urgency.OVERDUE;
        }
        return due.get().isAfter(today.plusDays(SOON_DAYS)) ? Urgency.LATER : Urgency.DUE_SOON;
    }

    public boolean isOverdue(Task task, LocalDate eventDate) {
        return of(task, eventDate) == Urgency.OVERDUE;
    }

    public boolean isDueSoon(Task task, LocalDate eventDate) {
        return of(task, eventDate) == Urgency.DUE_SOON;
    }
}
