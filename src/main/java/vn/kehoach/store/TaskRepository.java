package vn.kehoach.store;

import static vn.kehoach.store.jooq.Tables.TASK;
import static vn.kehoach.store.jooq.Tables.TASK_SUPPORTING_UNIT;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.store.jooq.tables.records.TaskRecord;

/**
 * Tasks and presentations of plans: inserted with a new plan, read with it or alone for the task
 * views; changed one at a time, in place, by {@link TaskService}.
 */
public final class TaskRepository {
    private final Database db;

    public TaskRepository(Database db) {
        this.db = db;
    }

    public List<Task> ofPlan(long planId) {
        return db.read(dsl -> ofPlan(dsl, planId));
    }

    /** A task with the plan it belongs to, for views across plans. */
    public record PlanTask(long planId, Task task) {}

    /**
     * Tasks not delivered whose deadline date falls before {@code before}: with {@code before} =
     * today, the overdue ones; with today + 7, those due within a week as well.
     */
    public List<PlanTask> openDueBefore(java.time.LocalDate before) {
        return db.read(dsl -> dsl.selectFrom(TASK)
                .where(TASK.DUE_DATE.lt(before), TASK.STATUS.ne(TaskStatus.DELIVERED.name()))
                .orderBy(TASK.DUE_DATE, TASK.ID)
                .fetch(t -> new PlanTask(t.getPlanId(), toDomain(t, List.of()))));
    }

    static List<Task> ofPlan(DSLContext dsl, long planId) {
        Map<Long, List<Long>> supporting = dsl.select(TASK_SUPPORTING_UNIT.TASK_ID, TASK_SUPPORTING_UNIT.ORGANIZATION_ID)
                .from(TASK_SUPPORTING_UNIT).join(TASK).on(TASK.ID.eq(TASK_SUPPORTING_UNIT.TASK_ID))
                .where(TASK.PLAN_ID.eq(planId)).orderBy(TASK_SUPPORTING_UNIT.POSITION)
                .fetch().stream().collect(Collectors.groupingBy(Record2::value1,
                        Collectors.mapping(Record2::value2, Collectors.toList())));
        return dsl.selectFrom(TASK).where(TASK.PLAN_ID.eq(planId)).orderBy(TASK.POSITION)
                .fetch(t -> toDomain(t, supporting.getOrDefault(t.getId(), Collections.emptyList())));
    }

    static long insert(DSLContext tx, long planId, int position, Task t) {
        TaskRecord r = tx.newRecord(TASK);
        r.setPlanId(planId);
        r.setPosition(position);
        fill(r, t);
        r.store();
        insertSupporting(tx, r.getId(), t.supportingUnitIds());
        return r.getId();
    }

    /** Copies the task's fields (not plan, position nor supporting units) into the record. */
    static void fill(TaskRecord r, Task t) {
        r.setKind(t.kind().name());
        r.setTitle(t.title());
        r.setDetails(t.details());
        r.setLeadUnitId(t.leadUnitId());
        r.setDeliverable(t.deliverable());
        r.setDueDate(t.dueDate());
        r.setYearlyDueMonth(t.yearlyDueMonth());
        r.setYearlyDueDay(t.yearlyDueDay());
        r.setDaysBeforeEvent(t.daysBeforeEvent());
        r.setStatus(t.status().name());
        r.setDoneDate(t.doneDate());
        r.setNote(t.note());
        r.setPerformers(t.performers());
        r.setEventLevel(t.eventLevel() == null ? null : t.eventLevel().name());
    }

    static void insertSupporting(DSLContext tx, long taskId, List<Long> units) {
        for (int i = 0; i < units.size(); i++) {
            tx.insertInto(TASK_SUPPORTING_UNIT).set(TASK_SUPPORTING_UNIT.TASK_ID, taskId)
                    .set(TASK_SUPPORTING_UNIT.ORGANIZATION_ID, units.get(i))
                    .set(TASK_SUPPORTING_UNIT.POSITION, i).execute();
        }
    }

    static Task toDomain(TaskRecord t, List<Long> supporting) {
        return new Task(t.getId(), TaskKind.valueOf(t.getKind()), t.getTitle(), t.getDetails(), t.getLeadUnitId(),
                supporting, t.getDeliverable(), t.getDueDate(), t.getYearlyDueMonth(), t.getYearlyDueDay(),
                t.getDaysBeforeEvent(), TaskStatus.valueOf(t.getStatus()), t.getDoneDate(), t.getNote(),
                t.getPerformers(), t.getEventLevel() == null ? null : Level.valueOf(t.getEventLevel()),
                t.getRowVersion());
    }
}
