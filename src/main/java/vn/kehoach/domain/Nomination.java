package vn.kehoach.domain;

import java.time.LocalDate;

/** A nomination for an award, from receipt to decision; {@code rowVersion} is that of the stored row read. */
public record Nomination(
        Long id,
        Long movementId,
        NomineeKind nomineeKind,
        String nomineeName,
        String positionTitle,
        Long unitId,
        Long districtId,
        Long communeId,
        Long villageId,
        String achievement,
        Long awardFormId,
        Long proposingBodyId,
        LocalDate receivedDate,
        NominationStatus status,
        String returnReason,
        String decisionNumber,
        LocalDate decisionDate,
        Long prizeAmount,
        Long contributionAmount,
        boolean exemplary,
        int rowVersion) {

    public Nomination {
        nomineeName = Text.clean(nomineeName);
        positionTitle = Text.cleanOrNull(positionTitle);
        achievement = Text.cleanOrNull(achievement);
        returnReason = Text.cleanOrNull(returnReason);
        decisionNumber = Text.cleanOrNull(decisionNumber);
        if (status == null) {
            status = NominationStatus.RECEIVED;
        }
    }

    /** A nomination not yet stored, or whose stored version does not matter (row version 0). */
    public Nomination(Long id, Long movementId, NomineeKind nomineeKind, String nomineeName, String positionTitle,
                      Long unitId, Long districtId, Long communeId, Long villageId, String achievement,
                      Long awardFormId, Long proposingBodyId, LocalDate receivedDate, NominationStatus status,
                      String returnReason, String decisionNumber, LocalDate decisionDate, Long prizeAmount,
                      Long contributionAmount, boolean exemplary) {
        this(id, movementId, nomineeKind, nomineeName, positionTitle, unitId, districtId, communeId, villageId,
                achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason, decisionNumber,
                decisionDate, prizeAmount, contributionAmount, exemplary, 0);
    }

    /** The same nomination as of the stored row version {@code v}. */
    public Nomination withRowVersion(int v) {
        return new Nomination(id, movementId, nomineeKind, nomineeName, positionTitle, unitId, districtId,
                communeId, villageId, achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason,
                decisionNumber, decisionDate, prizeAmount, contributionAmount, exemplary, v);
    }

    public Nomination withId(Long newId) {
        return new Nomination(newId, movementId, nomineeKind, nomineeName, positionTitle, unitId, districtId,
                communeId, villageId, achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason,
                decisionNumber, decisionDate, prizeAmount, contributionAmount, exemplary, rowVersion);
    }

    public Nomination withMovementId(Long newMovementId) {
        return new Nomination(id, newMovementId, nomineeKind, nomineeName, positionTitle, unitId, districtId,
                communeId, villageId, achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason,
                decisionNumber, decisionDate, prizeAmount, contributionAmount, exemplary, rowVersion);
    }
}
