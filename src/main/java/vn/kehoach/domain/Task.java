package vn.kehoach.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A task of a plan, or a presentation (tham luận) to prepare. The deadline is one of: a date,
 * a yearly day ("trước ngày 15/01 hằng năm"), or a number of days before the conference —
 * {@code eventLevel} names which level's meeting of a cascade it counts from (null: the main
 * conference). {@code performers} describes a group or collective that performs it besides (or
 * instead of) the directory units, e.g. "mỗi huyện 01 thôn, 01 hợp tác xã": such collectives are
 * not bodies of the directory, so free text says them the way the plan does.
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
        String performers,
        Level eventLevel,
        int rowVersion) {

    public Task {
        title = Text.clean(title);
        details = Text.cleanOrNull(details);
        deliverable = Text.cleanOrNull(deliverable);
        note = Text.cleanOrNull(note);
        performers = Text.cleanOrNull(performers);
        supportingUnitIds = List.copyOf(supportingUnitIds);
        if (status == null) {
            status = TaskStatus.NOT_STARTED;
        }
    }

    /** A task of directory units only, counting "days before" from the main conference. */
    public Task(Long id, TaskKind kind, String title, String details, Long leadUnitId, List<Long> supportingUnitIds,
                String deliverable, LocalDate dueDate, Integer yearlyDueMonth, Integer yearlyDueDay,
                Integer daysBeforeEvent, TaskStatus status, LocalDate doneDate, String note, int rowVersion) {
        this(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate, yearlyDueMonth,
                yearlyDueDay, daysBeforeEvent, status, doneDate, note, null, null, rowVersion);
    }

    /** A task not yet stored, or whose stored version does not matter (row version 0). */
    public Task(Long id, TaskKind kind, String title, String details, Long leadUnitId, List<Long> supportingUnitIds,
                String deliverable, LocalDate dueDate, Integer yearlyDueMonth, Integer yearlyDueDay,
                Integer daysBeforeEvent, TaskStatus status, LocalDate doneDate, String note) {
        this(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate, yearlyDueMonth,
                yearlyDueDay, daysBeforeEvent, status, doneDate, note, 0);
    }

    /** The same task performed also by {@code newPerformers}, "days before" counted from {@code level}'s meeting. */
    public Task withPerformers(String newPerformers, Level level) {
        return new Task(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate,
                yearlyDueMonth, yearlyDueDay, daysBeforeEvent, status, doneDate, note, newPerformers, level,
                rowVersion);
    }

    /** The same task with another lead, supporting units, status and done date (the rest kept). */
    public Task withProgress(Long lead, List<Long> supporting, TaskStatus newStatus, LocalDate newDoneDate) {
        return new Task(id, kind, title, details, lead, supporting, deliverable, dueDate, yearlyDueMonth,
                yearlyDueDay, daysBeforeEvent, newStatus, newDoneDate, note, performers, eventLevel, rowVersion);
    }

    public static Task of(TaskKind kind, String title, Long leadUnitId, List<Long> supportingUnitIds, LocalDate dueDate) {
        return new Task(null, kind, title, null, leadUnitId, supportingUnitIds, null, dueDate, null, null, null,
                TaskStatus.NOT_STARTED, null, null);
    }

    public Task withId(Long newId) {
        return new Task(newId, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate,
                yearlyDueMonth, yearlyDueDay, daysBeforeEvent, status, doneDate, note, performers, eventLevel,
                rowVersion);
    }

    /** The same task as of the stored row version {@code v}. */
    public Task withRowVersion(int v) {
        return new Task(id, kind, title, details, leadUnitId, supportingUnitIds, deliverable, dueDate,
                yearlyDueMonth, yearlyDueDay, daysBeforeEvent, status, doneDate, note, performers, eventLevel, v);
    }

    public boolean isDone() {
        return status == TaskStatus.DELIVERED;
    }
}
