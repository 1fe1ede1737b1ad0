package vn.kehoach.domain;

import java.time.LocalDate;

/**
 * A body of the province's directory. It exists from {@code validFrom} (inclusive) until
 * {@code validUntil} (exclusive); a body merged into another names it in {@code mergedIntoId}.
 * {@code rowVersion} is the version of the stored row it was read from (optimistic locking).
 */
public record Organization(
        Long id,
        String fullName,
        String shortName,
        Level level,
        OrganizationKind kind,
        Long parentId,
        String archiveAbbreviation,
        String address,
        String email,
        int sortOrder,
        LocalDate validFrom,
        LocalDate validUntil,
        Long mergedIntoId,
        RuralStandard ruralStandard,
        Integer ruralStandardYear,
        int rowVersion) {

    public Organization {
        fullName = Text.clean(fullName);
        shortName = Text.clean(shortName);
        archiveAbbreviation = Text.cleanOrNull(archiveAbbreviation);
        address = Text.cleanOrNull(address);
        email = Text.cleanOrNull(email);
    }

    /** A body not yet stored, or whose stored version does not matter (row version 0). */
    public Organization(Long id, String fullName, String shortName, Level level, OrganizationKind kind, Long parentId,
                        String archiveAbbreviation, String address, String email, int sortOrder, LocalDate validFrom,
                        LocalDate validUntil, Long mergedIntoId, RuralStandard ruralStandard,
                        Integer ruralStandardYear) {
        this(id, fullName, shortName, level, kind, parentId, archiveAbbreviation, address, email, sortOrder,
                validFrom, validUntil, mergedIntoId, ruralStandard, ruralStandardYear, 0);
    }

    /** The same body as of the stored row version {@code v}. */
    public Organization withRowVersion(int v) {
        return new Organization(id, fullName, shortName, level, kind, parentId, archiveAbbreviation, address, email,
                sortOrder, validFrom, validUntil, mergedIntoId, ruralStandard, ruralStandardYear, v);
    }

    public static Organization of(String fullName, String shortName, Level level, OrganizationKind kind, Long parentId) {
        return new Organization(null, fullName, shortName, level, kind, parentId, null, null, null, 0,
                null, null, null, null, null);
    }

    /** Whether the body exists on the given day. */
    public boolean existsOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || day.isBefore(validUntil));
    }

    /** Whether the two bodies' lives overlap. */
    public boolean overlaps(Organization other) {
        boolean startsBeforeOtherEnds = validFrom == null || other.validUntil == null || validFrom.isBefore(other.validUntil);
        boolean otherStartsBeforeThisEnds = other.validFrom == null || validUntil == null || other.validFrom.isBefore(validUntil);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    public Organization withId(Long newId) {
        return new Organization(newId, fullName, shortName, level, kind, parentId, archiveAbbreviation, address, email,
                sortOrder, validFrom, validUntil, mergedIntoId, ruralStandard, ruralStandardYear, rowVersion);
    }

    public Organization endedOn(LocalDate until, Long mergedInto) {
        return new Organization(id, fullName, shortName, level, kind, parentId, archiveAbbreviation, address, email,
                sortOrder, validFrom, until, mergedInto, ruralStandard, ruralStandardYear, rowVersion);
    }

    /** The place name in the full name ("Gia Lai" of "Ủy ban nhân dân tỉnh Gia Lai"), or "" when it names none. */
    public String placeName() {
        for (String unit : java.util.List.of("tỉnh ", "thành phố ", "huyện ", "thị xã ")) {
            int i = fullName.lastIndexOf(unit);
            if (i >= 0) {
                return fullName.substring(i + unit.length());
            }
        }
        return "";
    }
}
