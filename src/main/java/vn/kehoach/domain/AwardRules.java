package vn.kehoach.domain;

import java.util.List;

/**
 * What the AWARD_FORMS block of a plan is written from: the plan's movement (its quota rules and
 * standing agency) and the award forms the rules name. {@link #none()} renders nothing.
 */
public record AwardRules(Movement movement, List<AwardForm> forms) {
    public AwardRules {
        forms = forms == null ? List.of() : List.copyOf(forms);
    }

    public static AwardRules none() {
        return new AwardRules(null, List.of());
    }

    public boolean isEmpty() {
        return movement == null || movement.quotaRules().isEmpty();
    }
}
