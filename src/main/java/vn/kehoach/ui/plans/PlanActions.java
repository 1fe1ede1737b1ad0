package vn.kehoach.ui.plans;

import vn.kehoach.domain.PlanTemplates;

/** What the Plans list can ask for beyond listing: write a new plan, open one, copy one, bring one in from Word. */
public interface PlanActions {
    void newPlan(PlanTemplates.Template template);

    void open(long planId);

    void copy(long planId);

    /** Reads a plan written in Word into a new draft and opens it in the builder with the import report. */
    void importWord(java.nio.file.Path docx);
}
