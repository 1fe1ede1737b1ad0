package vn.kehoach.ui.tasks;

import javafx.beans.property.ObjectProperty;
import vn.kehoach.domain.PlanSummary;

/**
 * One plan for the whole Tasks screen: the plan chosen above the tabs filters the task list and is the
 * plan of the matrix; clearing the list's plan filter ("Bỏ lọc") clears the choice. Knows no controls.
 */
public final class TaskScreenPlan {
    private TaskScreenPlan() {}

    public static void follow(ObjectProperty<PlanSummary> chosen, TaskListViewModel list, TaskMatrixViewModel matrix) {
        chosen.addListener((o, old, plan) -> {
            list.planFilter.set(plan);
            if (plan != null) {
                matrix.plan.set(plan);
            }
        });
        list.planFilter.addListener((o, old, plan) -> chosen.set(plan));
    }
}
