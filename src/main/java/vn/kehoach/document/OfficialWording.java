package vn.kehoach.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.kehoach.document.Block.Run;
import vn.kehoach.domain.NumberFormatting;
import vn.kehoach.domain.PlanHeader;

/** Wording rules of the official format: number line, date line, inline markup. */
public final class OfficialWording {
    /** What a draft leaves blank for the clerk to fill in by hand. */
    public static final String BLANK = "      ";

    private OfficialWording() {}

    /** "Số: 25/KH-BCĐ", or for a draft "Số:      /KH-UBND". */
    public static String numberLine(PlanHeader header) {
        if (header.number() == null) {
            return "Số:" + BLANK + "/" + header.symbol();
        }
        return "Số: " + NumberFormatting.number(header.number()) + "/" + header.symbol();
    }

    /** "Gia Lai, ngày 05 tháng 02 năm 2023"; a draft: "Gia Lai, ngày      tháng      năm 2023". */
    public static String placeAndDate(PlanHeader header) {
        return header.place() + ", " + dateWords(header.issueDate(), header.year());
    }

    /** "ngày 05 tháng 02 năm 2023": days 1–9 and months 1–2 take a leading zero. */
    public static String dateWords(LocalDate date, Integer year) {
        if (date == null) {
            return "ngày" + BLANK + "tháng" + BLANK + "năm " + (year == null ? "" : year);
        }
        int m = date.getMonthValue();
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + (m <= 2 ? twoDigits(m) : Integer.toString(m))
                + " năm " + date.getYear();
    }

    /** "21/01/2022". */
    public static String shortDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * Splits text with inline {@code **bold**} and {@code *italic*} into runs. The marks may nest
     * ({@code ***both***}, {@code **bold *and italic***}); a mark with no partner later on is text.
     */
    public static List<Run> runs(String text) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith("**", i) && (bold || text.indexOf("**", i + 3) > 0)) {
                flush(runs, current, bold, italic);
                bold = !bold;
                i += 2;
            } else if (text.charAt(i) == '*' && (italic || text.indexOf('*', i + 2) > 0)) {
                flush(runs, current, bold, italic);
                italic = !italic;
                i++;
            } else {
                current.append(text.charAt(i++));
            }
        }
        flush(runs, current, bold, italic);
        return runs;
    }

    private static void flush(List<Run> runs, StringBuilder text, boolean bold, boolean italic) {
        if (text.length() > 0) {
            runs.add(new Run(text.toString(), bold ? Boolean.TRUE : null, italic ? Boolean.TRUE : null));
            text.setLength(0);
        }
    }

    /** The text without its markup, as a reader sees it. */
    public static String plain(String text) {
        StringBuilder sb = new StringBuilder();
        runs(text).forEach(r -> sb.append(r.text()));
        return sb.toString();
    }

    /** Ensures the closing sentence ends with "./.". */
    public static String closing(String text) {
        String t = text.strip();
        if (t.endsWith("./.")) {
            return t;
        }
        if (t.endsWith("/.")) {
            return t.substring(0, t.length() - 2) + "./.";
        }
        if (t.endsWith(".")) {
            return t + "/.";
        }
        return t + "./.";
    }

    /** Ensures a line ends with exactly {@code end} (";" or "."), dropping other end punctuation. */
    public static String endWith(String text, String end) {
        String t = text.strip();
        while (!t.isEmpty() && (t.endsWith(";") || t.endsWith(".") || t.endsWith(","))) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t + end;
    }
}
