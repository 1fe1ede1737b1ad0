package vn.kehoach.ui.builder;

import java.time.LocalDate;
import vn.kehoach.domain.Plan;

/** The storage the builder needs; in the window it is the plan repository and the number register. */
public interface PlanStore {
    /**
     * Stores a new plan whole (id null), or the document of a stored one, refused when someone else
     * saved it since {@code plan.rowVersion()}; returns it as stored, with its new row version.
     */
    Plan save(Plan plan);

    /** The plan as stored now (to reload after a conflicting save). */
    Plan load(long id);

    /** Takes the number in the register and freezes the plan; refused when the number is taken. */
    Plan issue(long id, int number, LocalDate date);

    /** The next number not yet taken for the symbol in the year. */
    int nextFree(String symbol, int year);

    /** The store of an open database. */
    static PlanStore of(vn.kehoach.app.AppContext ctx) {
        return new PlanStore() {
            @Override
            public Plan save(Plan plan) {
                return ctx.plans().save(plan);
            }

            @Override
            public Plan load(long id) {
                return ctx.plans().get(id);
            }

            @Override
            public Plan issue(long id, int number, LocalDate date) {
                return ctx.plans().issue(id, number, date);
            }

            @Override
            public int nextFree(String symbol, int year) {
                return ctx.numberRegister().nextFree(symbol, year);
            }
        };
    }
}
