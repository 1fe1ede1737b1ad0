package vn.kehoach.domain;

/**
 * "UBND cấp xã … gửi về cơ quan thường trực cấp huyện trước ngày 05/01 hằng năm". A deadline
 * applies to the proposing bodies of {@code fromLevel}, or, when {@code fromOrganizationId} is
 * set, to that one body only (the standing agency, which sends to Home Affairs later).
 */
public record NominationDeadline(Long id, Level fromLevel, String toBody, int month, int day, String description,
                                 Long fromOrganizationId) {
    public NominationDeadline {
        toBody = Text.clean(toBody);
        description = Text.cleanOrNull(description);
    }

    /** A deadline for every proposing body of a level. */
    public NominationDeadline(Long id, Level fromLevel, String toBody, int month, int day, String description) {
        this(id, fromLevel, toBody, month, day, description, null);
    }
}
