package vn.kehoach.store;

import vn.kehoach.domain.InputRules;
import static vn.kehoach.store.jooq.Tables.CONFERENCE;
import static vn.kehoach.store.jooq.Tables.CONFERENCE_SITE;
import static vn.kehoach.store.jooq.Tables.ORGANIZATION;
import static vn.kehoach.store.jooq.Tables.PLAN;
import static vn.kehoach.store.jooq.Tables.TASK;
import static vn.kehoach.store.jooq.Tables.TASK_SUPPORTING_UNIT;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.PlanStatus;
import vn.kehoach.domain.StartSummary;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskFilter;
import vn.kehoach.domain.TaskRow;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.TaskUrgency;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.Urgency;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.store.jooq.tables.records.TaskRecord;

/**
 * Tasks one at a time (add, edit, delete, reorder, mark delivered), each operation one
 * transaction; queries across plans with filters; the start-page summary. A plan that is issued
 * keeps its tasks as printed: only status, delivery date and note may still change.
 */
public final class TaskService {
    private final Database db;
    private final TaskUrgency urgency;

    public TaskService(Database db, Clock clock) {
        this.db = db;
        this.urgency = new TaskUrgency(clock);
    }

    public TaskUrgency urgency() {
        return urgency;
    }

    public List<Task> ofPlan(long planId) {
        return db.read(dsl -> TaskRepository.ofPlan(dsl, planId));
    }

    /** Appends a task at the end of the plan's list; returns it with its id. */
    public Task add(long planId, Task task) {
        return db.inTransaction(tx -> {
            requireEditable(tx, planId);
            validate(task);
            int position = nextPosition(tx, planId);
            long id = TaskRepository.insert(tx, planId, position, task);
            Audit.record(tx, "INSERT", "task", id, task.title());
            return get(tx, planId, id);
        });
    }

    /** Appends many tasks in one transaction (an import): all or nothing. */
    public List<Task> addAll(long planId, List<Task> tasks) {
        return db.inTransaction(tx -> {
            requireEditable(tx, planId);
            int position = nextPosition(tx, planId);
            for (Task t : tasks) {
                validate(t);
                TaskRepository.insert(tx, planId, position++, t);
            }
            Audit.record(tx, "IMPORT", "task", planId, tasks.size() + " tasks");
            return TaskRepository.ofPlan(tx, planId);
        });
    }

    /**
     * Updates a stored task (matched by id) in place, keeping its id and position. Refused with
     * {@link ConcurrentEditException} when the task changed or was deleted since {@code task.rowVersion()}
     * was read. Returns the task as stored, with its new row version.
     */
    public Task update(long planId, Task task) {
        Objects.requireNonNull(task.id(), "task id");
        return db.inTransaction(tx -> {
            TaskRecord stored = tx.fetchOne(TASK, TASK.ID.eq(task.id()).and(TASK.PLAN_ID.eq(planId)));
            if (stored == null || stored.getRowVersion() != task.rowVersion()) {
                throw ConcurrentEditException.of(tx, "task", task.id(),
                        stored == null ? task.title() : stored.getTitle(), stored != null);
            }
            Task old = get(tx, planId, task.id());
            if (isIssued(tx, planId) && !sameAssignment(old, task)) {
                throw new UserError("tasks.error.planIssued");
            }
            validate(task);
            TaskRecord r = tx.newRecord(TASK);
            TaskRepository.fill(r, task);
            RowVersions.update(tx, r, TASK.ID, task.id(), TASK.ROW_VERSION, task.rowVersion(), "task", task.title());
            tx.deleteFrom(TASK_SUPPORTING_UNIT).where(TASK_SUPPORTING_UNIT.TASK_ID.eq(task.id())).execute();
            TaskRepository.insertSupporting(tx, task.id(), task.supportingUnitIds());
            Audit.record(tx, "UPDATE", "task", task.id(), task.title());
            return get(tx, planId, task.id());
        });
    }

    /** Marks a task delivered on {@code day}. */
    public Task markDelivered(long planId, long taskId, LocalDate day) {
        Task t = db.read(dsl -> get(dsl, planId, taskId));
        return update(planId, t.withProgress(t.leadUnitId(), t.supportingUnitIds(), TaskStatus.DELIVERED, day));
    }

    public void delete(long planId, long taskId) {
        db.inTransaction(tx -> {
            requireEditable(tx, planId);
            get(tx, planId, taskId);
            tx.deleteFrom(TASK).where(TASK.ID.eq(taskId)).execute();
            renumber(tx, planId, positions(tx, planId));
            Audit.record(tx, "DELETE", "task", taskId, null);
            return null;
        });
    }

    /** Moves a task to {@code newIndex} (0-based, clamped) in its plan's order. */
    public void move(long planId, long taskId, int newIndex) {
        db.inTransaction(tx -> {
            requireEditable(tx, planId);
            List<Long> ids = new ArrayList<>(positions(tx, planId));
            if (!ids.remove(Long.valueOf(taskId))) {
                throw new UserError("tasks.error.notFound", taskId);
            }
            ids.add(Math.max(0, Math.min(newIndex, ids.size())), taskId);
            renumber(tx, planId, ids);
            return null;
        });
    }

    /** Tasks across plans, in plan then position order, filtered. */
    public List<TaskRow> list(TaskFilter f) {
        return db.read(dsl -> {
            List<Condition> where = new ArrayList<>();
            if (f.planId() != null) {
                where.add(TASK.PLAN_ID.eq(f.planId()));
            }
            if (f.status() != null) {
                where.add(TASK.STATUS.eq(f.status().name()));
            }
            if (f.unitId() != null) {
                where.add(TASK.LEAD_UNIT_ID.eq(f.unitId()).or(TASK.ID.in(DSL.select(TASK_SUPPORTING_UNIT.TASK_ID)
                        .from(TASK_SUPPORTING_UNIT).where(TASK_SUPPORTING_UNIT.ORGANIZATION_ID.eq(f.unitId())))));
            }
            if (f.overdue() || f.dueSoon()) {
                where.add(TASK.STATUS.ne(TaskStatus.DELIVERED.name()));
                // Dated tasks are filtered here; yearly and relative deadlines are resolved below.
                LocalDate limit = urgency.today().plusDays(f.dueSoon() ? TaskUrgency.SOON_DAYS + 1 : 0);
                where.add(TASK.DUE_DATE.lt(limit).or(TASK.DUE_DATE.isNull()));
            }
            var rows = dsl.select(TASK.fields()).select(PLAN.NUMBER, PLAN.SYMBOL, PLAN.TITLE, CONFERENCE.WINDOW_START)
                    .from(TASK).join(PLAN).on(PLAN.ID.eq(TASK.PLAN_ID))
                    .leftJoin(CONFERENCE).on(CONFERENCE.PLAN_ID.eq(TASK.PLAN_ID))
                    .where(where).orderBy(TASK.PLAN_ID, TASK.POSITION).fetch();
            Map<Long, List<Long>> supporting = supporting(dsl, f.planId());
            Map<Long, String> names = f.search() == null || f.search().isBlank() ? Map.of() : unitNames(dsl);
            Map<Long, Map<Level, LocalDate>> levelDates = levelMeetingDates(dsl, f.planId());
            List<TaskRow> out = new ArrayList<>();
            for (Record r : rows) {
                TaskRecord t = r.into(TASK);
                Task task = TaskRepository.toDomain(t, supporting.getOrDefault(t.getId(), Collections.emptyList()));
                LocalDate event = task.eventLevel() == null ? r.get(CONFERENCE.WINDOW_START)
                        : levelDates.getOrDefault(t.getPlanId(), Map.of()).get(task.eventLevel());
                Urgency u = urgency.of(task, event);
                if (!f.acceptsUrgency(u)) {
                    continue;
                }
                String label = planLabel(r.get(PLAN.NUMBER), r.get(PLAN.SYMBOL), r.get(PLAN.TITLE));
                if (!names.isEmpty() || f.search() != null && !f.search().isBlank()) {
                    // the task's own words and its lead unit, not the plan's title: that would match every task of it
                    String text = String.join(" ", task.title(), Objects.toString(task.details(), ""),
                            Objects.toString(task.deliverable(), ""), Objects.toString(task.note(), ""),
                            Objects.toString(task.performers(), ""),
                            names.getOrDefault(task.leadUnitId(), ""));
                    if (!VietnameseText.matches(text, f.search())) {
                        continue;
                    }
                }
                out.add(new TaskRow(t.getPlanId(), label, event, task, urgency.dueDate(task, event).orElse(null), u));
            }
            return out;
        });
    }

    /**
     * The day each cascade level's meeting counts from, by plan ({@code planId} null: every plan):
     * the same rule as {@link vn.kehoach.domain.Conference#eventDate(Level)}, first such site of a level.
     */
    private static Map<Long, Map<Level, LocalDate>> levelMeetingDates(DSLContext dsl, Long planId) {
        Map<Long, Map<Level, LocalDate>> out = new HashMap<>();
        var where = CONFERENCE_SITE.WINDOW_START.isNotNull().or(CONFERENCE_SITE.DEADLINE.isNotNull());
        if (planId != null) {
            where = where.and(CONFERENCE_SITE.PLAN_ID.eq(planId));
        }
        dsl.selectFrom(CONFERENCE_SITE).where(where).orderBy(CONFERENCE_SITE.PLAN_ID, CONFERENCE_SITE.POSITION)
                .forEach(s -> out.computeIfAbsent(s.getPlanId(), k -> new EnumMap<>(Level.class))
                        .putIfAbsent(Level.valueOf(s.getLevel()),
                                s.getWindowStart() != null ? s.getWindowStart() : s.getDeadline()));
        return out;
    }

    /** Overdue and due-soon items by lead unit (most overdue first), and status counts per plan. */
    public StartSummary startSummary() {
        List<TaskRow> urgent = list(TaskFilter.all().withOverdue(true).withDueSoon(true));
        Map<Long, String> names = db.read(dsl -> dsl.select(ORGANIZATION.ID, ORGANIZATION.FULL_NAME)
                .from(ORGANIZATION).fetchMap(ORGANIZATION.ID, ORGANIZATION.FULL_NAME));
        Map<Long, List<TaskRow>> byUnit = urgent.stream().sorted(java.util.Comparator.comparing(TaskRow::due))
                .collect(Collectors.groupingBy(r -> r.task().leadUnitId() == null ? -1L : r.task().leadUnitId(),
                        LinkedHashMap::new, Collectors.toList()));
        List<StartSummary.UnitItems> units = new ArrayList<>();
        byUnit.forEach((unit, rows) -> units.add(new StartSummary.UnitItems(unit == -1L ? null : unit,
                names.getOrDefault(unit, ""),
                rows.stream().filter(r -> r.urgency() == Urgency.OVERDUE).toList(),
                rows.stream().filter(r -> r.urgency() == Urgency.DUE_SOON).toList())));
        units.sort(java.util.Comparator.comparingInt((StartSummary.UnitItems u) -> -u.overdue().size())
                .thenComparing(StartSummary.UnitItems::unitName, VietnameseText.collator()));
        List<StartSummary.PlanCounts> perPlan = db.read(dsl -> {
            Map<Long, StartSummary.PlanCounts> counts = new LinkedHashMap<>();
            dsl.select(PLAN.ID, PLAN.NUMBER, PLAN.SYMBOL, PLAN.TITLE, TASK.STATUS, DSL.count())
                    .from(PLAN).join(TASK).on(TASK.PLAN_ID.eq(PLAN.ID))
                    .groupBy(PLAN.ID, PLAN.NUMBER, PLAN.SYMBOL, PLAN.TITLE, TASK.STATUS).orderBy(PLAN.ID)
                    .forEach(r -> counts.computeIfAbsent(r.value1(), id -> new StartSummary.PlanCounts(id,
                                    planLabel(r.value2(), r.value3(), r.value4()), new EnumMap<>(TaskStatus.class)))
                            .counts().put(TaskStatus.valueOf(r.value5()), r.value6()));
            return new ArrayList<>(counts.values());
        });
        return new StartSummary(units, perPlan);
    }

    /** "25/KH-BCĐ — Tổ chức Hội nghị …", or just the title while unnumbered. */
    public static String planLabel(Integer number, String symbol, String title) {
        return number == null ? title : NumberFormatting.numberAndSymbol(number, symbol) + " — " + title;
    }

    // ------------------------------------------------------------------ helpers

    private static void validate(Task t) {
        InputRules.check(t);
        if (Text.isBlank(t.title())) {
            throw new UserError("tasks.error.titleRequired");
        }
        if (t.leadUnitId() != null && t.supportingUnitIds().contains(t.leadUnitId())) {
            throw new UserError("tasks.error.leadAlsoSupporting");
        }
        if (t.supportingUnitIds().size() != new java.util.HashSet<>(t.supportingUnitIds()).size()) {
            throw new UserError("tasks.error.duplicateSupporting");
        }
    }

    private static boolean sameAssignment(Task a, Task b) {
        return a.kind() == b.kind() && a.title().equals(b.title()) && Objects.equals(a.details(), b.details())
                && Objects.equals(a.leadUnitId(), b.leadUnitId()) && a.supportingUnitIds().equals(b.supportingUnitIds())
                && Objects.equals(a.deliverable(), b.deliverable()) && Objects.equals(a.dueDate(), b.dueDate())
                && Objects.equals(a.yearlyDueMonth(), b.yearlyDueMonth())
                && Objects.equals(a.yearlyDueDay(), b.yearlyDueDay())
                && Objects.equals(a.daysBeforeEvent(), b.daysBeforeEvent())
                && Objects.equals(a.performers(), b.performers()) && a.eventLevel() == b.eventLevel();
    }

    private static boolean isIssued(DSLContext tx, long planId) {
        String status = tx.select(PLAN.STATUS).from(PLAN).where(PLAN.ID.eq(planId)).fetchOne(PLAN.STATUS);
        if (status == null) {
            throw new UserError("plan.error.notFound", planId);
        }
        return PlanStatus.valueOf(status) == PlanStatus.ISSUED;
    }

    private static void requireEditable(DSLContext tx, long planId) {
        if (isIssued(tx, planId)) {
            throw new UserError("tasks.error.planIssued");
        }
    }

    private static Task get(DSLContext dsl, long planId, long taskId) {
        TaskRecord r = dsl.fetchOne(TASK, TASK.ID.eq(taskId).and(TASK.PLAN_ID.eq(planId)));
        if (r == null) {
            throw new UserError("tasks.error.notFound", taskId);
        }
        return TaskRepository.toDomain(r, dsl.select(TASK_SUPPORTING_UNIT.ORGANIZATION_ID).from(TASK_SUPPORTING_UNIT)
                .where(TASK_SUPPORTING_UNIT.TASK_ID.eq(taskId)).orderBy(TASK_SUPPORTING_UNIT.POSITION)
                .fetch(TASK_SUPPORTING_UNIT.ORGANIZATION_ID));
    }

    private static int nextPosition(DSLContext tx, long planId) {
        Integer max = tx.select(DSL.max(TASK.POSITION)).from(TASK).where(TASK.PLAN_ID.eq(planId)).fetchOne().value1();
        return max == null ? 0 : max + 1;
    }

    private static List<Long> positions(DSLContext tx, long planId) {
        return tx.select(TASK.ID).from(TASK).where(TASK.PLAN_ID.eq(planId)).orderBy(TASK.POSITION, TASK.ID)
                .fetch(TASK.ID);
    }

    private static void renumber(DSLContext tx, long planId, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            tx.update(TASK).set(TASK.POSITION, i).where(TASK.ID.eq(ids.get(i))).execute();
        }
    }

    private static Map<Long, List<Long>> supporting(DSLContext dsl, Long planId) {
        var q = dsl.select(TASK_SUPPORTING_UNIT.TASK_ID, TASK_SUPPORTING_UNIT.ORGANIZATION_ID)
                .from(TASK_SUPPORTING_UNIT);
        var rows = planId == null ? q.orderBy(TASK_SUPPORTING_UNIT.TASK_ID, TASK_SUPPORTING_UNIT.POSITION).fetch()
                : q.join(TASK).on(TASK.ID.eq(TASK_SUPPORTING_UNIT.TASK_ID)).where(TASK.PLAN_ID.eq(planId))
                        .orderBy(TASK_SUPPORTING_UNIT.TASK_ID, TASK_SUPPORTING_UNIT.POSITION).fetch();
        Map<Long, List<Long>> out = new HashMap<>();
        for (Record2<Long, Long> r : rows) {
            out.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2());
        }
        return out;
    }

    private static Map<Long, String> unitNames(DSLContext dsl) {
        Map<Long, String> out = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.FULL_NAME, ORGANIZATION.SHORT_NAME).from(ORGANIZATION)
                .forEach(r -> out.put(r.value1(), r.value2() + " " + r.value3()));
        return out;
    }
}
