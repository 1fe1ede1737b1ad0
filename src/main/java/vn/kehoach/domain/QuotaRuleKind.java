package vn.kehoach.domain;

/**
 * The kinds of quota real movement plans use. A rule names an award form, a nominee kind,
 * a scope level and numbers; the check interprets them, so a new plan needs no new code.
 */
public enum QuotaRuleKind {
    /** At most maxCount nominations per body of scopeLevel (optionally only bodies meeting the standard). */
    PER_BODY,
    /** At most maxCount per proposing unit; organizationId with maxCount names an exception (standing agency). */
    PER_UNIT,
    /** The award is given once per body of scopeLevel over the whole movement. */
    ONCE_PER_BODY,
    /** A contribution of at least minAmount đồng is required. */
    MIN_CONTRIBUTION
}
