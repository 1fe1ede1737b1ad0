package vn.kehoach.domain.award;

import java.util.List;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Nomination;

/**
 * One finding of {@link NominationQuotaCheck}: what kind, the rule it breaks (in the words of
 * the movement's plan), the body or unit it concerns with counts used / allowed where they
 * apply, and the nominations involved. The message is built only when read.
 *
 * @param rule     the rule broken, as the user reads it (a quota rule's description, a deadline…)
 * @param bodyId   the district, commune, village or unit concerned, or null
 * @param bodyName its short name, or null
 * @param used     nominations counted against the rule (0 when not a count)
 * @param allowed  what the rule allows (0 when not a count)
 * @param detail   extra words for the message: the missing fields, the deadline, the amount…
 */
public record NominationWarning(WarningKind kind, String rule, Long bodyId, String bodyName, int used, int allowed,
                                String detail, List<Nomination> nominations) {
    public NominationWarning {
        nominations = List.copyOf(nominations);
    }

    /** The Vietnamese sentence shown in the check list. */
    public String message() {
        String who = nominations.size() == 1 ? nominations.get(0).nomineeName() : String.valueOf(nominations.size());
        return Messages.get("awards.warning." + kind.name(), who, bodyName == null ? "" : bodyName, used, allowed,
                detail == null ? "" : detail, rule);
    }

    public boolean concerns(Nomination n) {
        return nominations.contains(n);
    }
}
