package vn.kehoach.domain;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The assignment matrix (biểu phân công) of a plan: units as rows grouped by level (a header row
 * opens each level), tasks as columns, each cell CT (lead), PH (supporting) or empty. Cells are
 * held in one byte array, so 300 units × 500 tasks cost 150 KB and no objects per cell.
 */
public final class TaskMatrix {
    public enum Role {
        NONE(""), LEAD("CT"), SUPPORT("PH");

        private final String code;

        Role(String code) {
            this.code = code;
        }

        /** "CT", "PH" or "". */
        public String code() {
            return code;
        }
    }

    /** A row: a level header (unit null) or a unit. */
    public record Row(Level level, Organization unit) {
        public boolean isHeader() {
            return unit == null;
        }
    }

    private static final Role[] ROLES = Role.values();
    private final List<Row> rows;
    private final List<Task> columns;
    private final byte[] roles;
    private final Map<Long, Integer> rowOfUnit;

    private TaskMatrix(List<Row> rows, List<Task> columns, byte[] roles, Map<Long, Integer> rowOfUnit) {
        this.rows = rows;
        this.columns = columns;
        this.roles = roles;
        this.rowOfUnit = rowOfUnit;
    }

    /**
     * Builds the matrix of {@code tasks}. Rows are the units the tasks name, or every unit of
     * {@code directory} when {@code allUnits}; ordered by level, then sort order, then name.
     */
    public static TaskMatrix build(List<Task> tasks, Collection<Organization> directory, boolean allUnits) {
        Set<Long> used = new HashSet<>();
        for (Task t : tasks) {
            if (t.leadUnitId() != null) {
                used.add(t.leadUnitId());
            }
            used.addAll(t.supportingUnitIds());
        }
        Collator collator = Collator.getInstance(Text.VIETNAMESE);
        Map<Organization, java.text.CollationKey> keys = new HashMap<>();
        List<Organization> units = new ArrayList<>();
        for (Organization o : directory) {
            if (allUnits || used.contains(o.id())) {
                units.add(o);
                keys.put(o, collator.getCollationKey(o.fullName()));
            }
        }
        units.sort(Comparator.comparing(Organization::level).thenComparingInt(Organization::sortOrder)
                .thenComparing(keys::get));
        List<Row> rows = new ArrayList<>(units.size() + Level.values().length);
        Map<Long, Integer> rowOfUnit = new HashMap<>();
        Level current = null;
        for (Organization o : units) {
            if (o.level() != current) {
                current = o.level();
                rows.add(new Row(current, null));
            }
            rowOfUnit.put(o.id(), rows.size());
            rows.add(new Row(o.level(), o));
        }
        int cols = tasks.size();
        byte[] roles = new byte[rows.size() * cols];
        for (int c = 0; c < cols; c++) {
            Task t = tasks.get(c);
            for (Long s : t.supportingUnitIds()) {
                Integer r = rowOfUnit.get(s);
                if (r != null) {
                    roles[r * cols + c] = (byte) Role.SUPPORT.ordinal();
                }
            }
            Integer r = t.leadUnitId() == null ? null : rowOfUnit.get(t.leadUnitId());
            if (r != null) {
                roles[r * cols + c] = (byte) Role.LEAD.ordinal();
            }
        }
        return new TaskMatrix(List.copyOf(rows), List.copyOf(tasks), roles, rowOfUnit);
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columns.size();
    }

    public Row row(int r) {
        return rows.get(r);
    }

    public List<Row> rows() {
        return rows;
    }

    public Task column(int c) {
        return columns.get(c);
    }

    public List<Task> columns() {
        return columns;
    }

    public Role role(int row, int col) {
        return ROLES[roles[row * columns.size() + col]];
    }

    /** The row of a unit, or -1. */
    public int rowOf(long unitId) {
        return rowOfUnit.getOrDefault(unitId, -1);
    }

    /** The task with {@code unit} given {@code role}: CT replaces the lead, PH adds a supporting unit, NONE removes it. */
    public static Task assign(Task t, long unit, Role role) {
        List<Long> supporting = new ArrayList<>(t.supportingUnitIds());
        supporting.remove(Long.valueOf(unit));
        Long lead = t.leadUnitId() != null && t.leadUnitId() == unit ? null : t.leadUnitId();
        switch (role) {
            case LEAD -> lead = unit;
            case SUPPORT -> supporting.add(unit);
            case NONE -> { }
        }
        return t.withProgress(lead, supporting, t.status(), t.doneDate());
    }
}
