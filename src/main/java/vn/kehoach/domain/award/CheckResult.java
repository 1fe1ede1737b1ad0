package vn.kehoach.domain.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kehoach.domain.Nomination;

/** Every warning of a check, and the quota usage per body and rule for the dashboard. */
public record CheckResult(List<NominationWarning> warnings, List<QuotaUsage> usages) {
    public CheckResult {
        warnings = List.copyOf(warnings);
        usages = List.copyOf(usages);
    }

    public boolean isClean() {
        return warnings.isEmpty();
    }

    /** The warnings that concern each nomination. */
    public Map<Nomination, List<NominationWarning>> byNomination() {
        Map<Nomination, List<NominationWarning>> map = new HashMap<>();
        for (NominationWarning w : warnings) {
            for (Nomination n : w.nominations()) {
                map.computeIfAbsent(n, k -> new ArrayList<>()).add(w);
            }
        }
        return map;
    }

    public List<NominationWarning> of(WarningKind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }
}
