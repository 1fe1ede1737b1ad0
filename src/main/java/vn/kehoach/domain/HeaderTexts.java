package vn.kehoach.domain;

/** What a plan's header prints for a body of the directory (its place name: {@link Organization#placeName()}). */
public final class HeaderTexts {
    private static final String PEOPLES_COMMITTEE = "Ủy ban nhân dân ";

    private HeaderTexts() {}

    /** "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI" for a People's Committee, else the name in capitals. */
    public static String issuing(Organization o) {
        String name = o.fullName();
        if (name.startsWith(PEOPLES_COMMITTEE)) {
            return VietnameseText.upper(PEOPLES_COMMITTEE.strip()) + "\n"
                    + VietnameseText.upper(name.substring(PEOPLES_COMMITTEE.length()));
        }
        return VietnameseText.upper(name);
    }

    /** "UBND TỈNH LÀO CAI" for a People's Committee, else the name in capitals. */
    public static String governing(Organization o) {
        String name = o.fullName();
        if (name.startsWith(PEOPLES_COMMITTEE)) {
            return "UBND " + VietnameseText.upper(name.substring(PEOPLES_COMMITTEE.length()));
        }
        return VietnameseText.upper(name);
    }

    /** The symbol a body's plans carry: KH-<its abbreviation in the archive line>, or {@code fallback}. */
    public static String symbol(Organization o, String fallback) {
        return o.archiveAbbreviation() == null ? fallback : "KH-" + o.archiveAbbreviation();
    }
}
