package vn.kehoach.domain;

import java.time.LocalDate;

/** A nomination for an award, from receipt to decision. */
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
        boolean exemplary) {

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

    public Nomination withId(Long newId) {
        return new Nomination(newId, movementId, nomineeKind, nomineeName, positionTitle, unitId, districtId,
                communeId, villageId, achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason,
                decisionNumber, decisionDate, prizeAmount, contributionAmount, exemplary);
    }

    public Nomination withMovementId(Long newMovementId) {
        return new Nomination(id, newMovementId, nomineeKind, nomineeName, positionTitle, unitId, districtId,
                communeId, villageId, achievement, awardFormId, proposingBodyId, receivedDate, status, returnReason,
                decisionNumber, decisionDate, prizeAmount, contributionAmount, exemplary);
    }
}
