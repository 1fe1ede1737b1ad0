package vn.kehoach.domain;

import java.util.List;

/** What a plan's header prints for a body of the directory, and the place name a body gives the date line. */
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

    /** The place name of a body: the province's (or district's) name in its full name. */
    public static String place(Organization o) {
        String name = o.fullName();
        for (String unit : List.of("tỉnh ", "thành phố ", "huyện ", "thị xã ")) {
            int i = name.lastIndexOf(unit);
            if (i >= 0) {
                return name.substring(i + unit.length());
            }
        }
        return "";
    }

    /** The symbol a body's plans carry: KH-<its abbreviation in the archive line>, or {@code fallback}. */
    public static String symbol(Organization o, String fallback) {
        return o.archiveAbbreviation() == null ? fallback : "KH-" + o.archiveAbbreviation();
    }
}
