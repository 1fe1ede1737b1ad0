package vn.kehoach.domain;

import java.util.List;
import java.util.Map;

/** The start page: overdue and due-soon items by lead unit, and task status counts per plan. */
public record StartSummary(List<UnitItems> byUnit, List<PlanCounts> perPlan) {
    public StartSummary {
        byUnit = List.copyOf(byUnit);
        perPlan = List.copyOf(perPlan);
    }

    public record UnitItems(Long unitId, String unitName, List<TaskRow> overdue, List<TaskRow> dueSoon) {}

    public record PlanCounts(long planId, String planLabel, Map<TaskStatus, Integer> counts) {
        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
