package vn.kehoach.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that starts with an outline number as people type it: "I.", "1.", "a)", "-", "+"; its
 * level, the number as typed, its value (1-based; -1 for bullets), the rest of the line, and the
 * message key naming the variant when it is not the official form ("1)", "a.", "•"), else null.
 * Shared by the Word import and the builder's paste; numbers such as "1.2." that need the
 * surrounding outline to be read are the Word import's own business.
 */
public record NumberedLine(SectionLevel level, String raw, int value, String rest, String variantOf) {
    private static final Pattern ROMAN = Pattern.compile("^([IVXL]{1,6})\\s*[.)]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})\\s*([.)])\\s*(.+)$");
    private static final Pattern POINT = Pattern.compile("^([a-zđ])\\s*([).])\\s+(.+)$");
    private static final Pattern BULLET = Pattern.compile("^([-–—•●▪·*])\\s*(.+)$");
    private static final Pattern SUB_BULLET = Pattern.compile("^\\+\\s*(.+)$");
    private static final String VARIANT = "wordimport.outline.variant";

    /** The line's number, or empty when it does not start with one. */
    public static Optional<NumberedLine> recognise(String text) {
        Matcher m = ROMAN.matcher(text);
        if (m.matches() && isRoman(m.group(1)) && (m.group(2).isEmpty() || !Character.isLowerCase(m.group(2).charAt(0)))) {
            return Optional.of(new NumberedLine(SectionLevel.PART, m.group(1) + ".", romanValue(m.group(1)), m.group(2),
                    text.startsWith(m.group(1) + ". ") || m.group(2).isEmpty() ? null : VARIANT));
        }
        m = ITEM.matcher(text);
        if (m.matches() && !m.group(3).matches("^[\\d/].*")) {
            boolean official = m.group(2).equals(".") && text.startsWith(m.group(1) + ". ");
            return Optional.of(new NumberedLine(SectionLevel.ITEM, m.group(1) + m.group(2), Integer.parseInt(m.group(1)),
                    m.group(3), official ? null : VARIANT));
        }
        m = POINT.matcher(text);
        if (m.matches()) {
            int index = OutlineNumbering.POINT_LETTERS.indexOf(m.group(1));
            boolean official = m.group(2).equals(")");
            return Optional.of(new NumberedLine(SectionLevel.POINT, m.group(1) + m.group(2), index < 0 ? 0 : index + 1,
                    m.group(3), official ? null : VARIANT));
        }
        m = SUB_BULLET.matcher(text);
        if (m.matches()) {
            return Optional.of(new NumberedLine(SectionLevel.SUB_BULLET, "+", -1, m.group(1), null));
        }
        m = BULLET.matcher(text);
        if (m.matches() && (!m.group(1).equals("*") || text.startsWith("* "))) {
            return Optional.of(new NumberedLine(SectionLevel.BULLET, m.group(1), -1, m.group(2),
                    m.group(1).equals("-") ? null : VARIANT));
        }
        return Optional.empty();
    }

    /** A title on its own line: short, no sentence punctuation at the end ("Mục đích", not "Bảo đảm …;"). */
    public static boolean looksLikeHeading(String rest) {
        return rest.length() <= 200 && !rest.matches(".*[.;:!?,]$");
    }

    private static boolean isRoman(String s) {
        int v = romanValue(s);
        return v > 0 && OutlineNumbering.roman(v).equals(s);
    }

    private static int romanValue(String s) {
        int total = 0;
        int prev = 0;
        for (int i = s.length() - 1; i >= 0; i--) {
            int v = switch (s.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total;
    }
}
