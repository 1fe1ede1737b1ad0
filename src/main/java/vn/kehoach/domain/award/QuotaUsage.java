package vn.kehoach.domain.award;

import vn.kehoach.domain.QuotaRule;

/** How much of a quota a body or unit has used: one bar of the dashboard. */
public record QuotaUsage(QuotaRule rule, Long bodyId, String bodyName, int used, int allowed) {
    public boolean exceeded() {
        return used > allowed;
    }

    /** used / allowed, 0 when nothing is allowed and nothing used, above 1 when exceeded. */
    public double ratio() {
        return allowed == 0 ? (used == 0 ? 0 : Double.POSITIVE_INFINITY) : (double) used / allowed;
    }
}
