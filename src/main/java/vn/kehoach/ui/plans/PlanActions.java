package vn.kehoach.ui.plans;

import vn.kehoach.domain.PlanTemplates;

/** What the Plans list can ask for beyond listing: write a new plan, open one, copy one. */
public interface PlanActions {
    void newPlan(PlanTemplates.Template template);

    void open(long planId);

    void copy(long planId);
}
