package vn.kehoach.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a plan, or a presentation (tham luận) to prepare. The deadline is one of: a date,
 * a yearly day ("trước ngày 15/01 hằng năm"), or a number of days before the conference.
 * {@code rowVersion} is the version of the stored row it was read from (optimistic locking).
 */
public record Task(
        Long id,
        TaskKind kind,
        String title,
        String details,
        Long leadUnitId,
        List<Long> supportingUnitIds,
        String deliverable,
        LocalDate dueDate,
        Integer yearlyDueMonth,
        Integer yearlyDueDay,
        Integer daysBeforeEvent,
        TaskStatus status,
        LocalDate doneDate,
        String note,
        int rowVersion) {

    public Task {
        title = Text.clean(title);
        details = Text.cleanOrNull(details);
        deliverable = Text.cleanOrNull(deliverable);
        note = Text.cleanOrNull(note);
        supportingUnitIds = List.copyOf(supportingUnitIds);
        if (status == null) {
            status = TaskStatus.NOT_STARTED;
        }
    }

    /** A task not yet stored, or whose stored version does not matter (row version 0). */
    public Task(Long id, TaskKind kind, String title, String details, Long leadUnitId, List<Long> supportingUnitIds,
                String deliverable, LocalDate dueDate, Integer yearlyDueMonth, Integer yearlyDueDay,
                Integer daysBeforeEvent, TaskStatus status, LocalDate doneDate, String note) {
        this(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate, yearlyDueMonth,
                yearlyDueDay, daysBeforeEvent, status, doneDate, note, 0);
    }

    public static Task of(TaskKind kind, String title, Long leadUnitId, List<Long> supportingUnitIds, LocalDate dueDate) {
        return new Task(null, kind, title, null, leadUnitId, supportingUnitIds, null, dueDate, null, null, null,
                TaskStatus.NOT_STARTED, null, null);
    }

    public Task withId(Long newId) {
        return new Task(newId, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate,
                yearlyDueMonth, yearlyDueDay, daysBeforeEvent, status, doneDate, note, rowVersion);
    }

    /** The same task as of the stored row version {@code v}. */
    public Task withRowVersion(int v) {
        return new Task(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate,
                yearlyDueMonth, yearlyDueDay, daysBeforeEvent, status, doneDate, note, v);
    }

    public boolean isDone() {
        return status == TaskStatus.DELIVERED;
    }
}
