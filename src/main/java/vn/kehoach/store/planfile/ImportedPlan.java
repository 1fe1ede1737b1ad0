package vn.kehoach.store.planfile;

import java.util.List;
import vn.kehoach.domain.Movement;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.Plan;

/**
 * A plan read from a file, not yet stored: every id is null (plan, sections, tasks, movements…)
 * and movements' planId is null. Each nomination's {@code movementId} is the 0-based index of
 * its movement in {@link #movements()}: the store replaces it with the stored movement's id.
 */
public record ImportedPlan(Plan plan, List<Movement> movements, List<Nomination> nominations) {
    public ImportedPlan {
        movements = List.copyOf(movements);
        nominations = List.copyOf(nominations);
    }

    /** The movement a nomination belongs to. */
    public Movement movementOf(Nomination nomination) {
        return movements.get(Math.toIntExact(nomination.movementId()));
    }
}
