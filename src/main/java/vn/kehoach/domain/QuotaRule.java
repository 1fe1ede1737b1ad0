package vn.kehoach.domain;

/** One quota rule of a movement; see {@link QuotaRuleKind} for how the fields are read. */
public record QuotaRule(Long id, QuotaRuleKind kind, Long awardFormId, NomineeKind nomineeKind, Level scopeLevel,
                        boolean requiresStandard, Integer maxCount, Long organizationId, Long minAmount,
                        String description) {
    public QuotaRule {
        description = Text.clean(description);
    }

    public QuotaRule withIdNull() {
        return new QuotaRule(null, kind, awardFormId, nomineeKind, scopeLevel, requiresStandard, maxCount,
                organizationId, minAmount, description);
    }
}
