package vn.kehoach.domain;

import java.util.List;

/** An emulation movement (phong trào thi đua) with its quota rules and nomination deadlines. */
public record Movement(Long id, String name, Long planId, int startYear, int endYear, Long standingAgencyId,
                       List<QuotaRule> quotaRules, List<NominationDeadline> deadlines) {
    public Movement {
        name = Text.clean(name);
        quotaRules = List.copyOf(quotaRules);
        deadlines = List.copyOf(deadlines);
    }

    public Movement withId(Long newId) {
        return new Movement(newId, name, planId, startYear, endYear, standingAgencyId, quotaRules, deadlines);
    }

    public Movement withPlanId(Long newPlanId) {
        return new Movement(id, name, newPlanId, startYear, endYear, standingAgencyId, quotaRules, deadlines);
    }
}
