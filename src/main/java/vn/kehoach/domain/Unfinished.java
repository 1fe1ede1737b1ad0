package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What marks a plan as not finished (chưa hoàn thiện), the same for the builder's checks and the
 * DOCX checker: placeholders a template or a clerk left for later. An enumeration's "etc." of real
 * plans ("hội trường,...", "đất đai...)", "khánh tiết ... đảm bảo") is not a placeholder; a
 * "…" standing alone where words are due ("Kế hoạch …;"), "[…]", "xx/xx" and dotted fill lines are.
 */
public final class Unfinished {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\[\\s*(?:…|\\.{2,})\\s*\\]"             // […] [...]
            + "|(?i:\\bx{1,2}/x{1,2}(?:/x{2,4})?\\b)" // xx/xx, xx/xx/xxxx
            + "|(?<![\\p{L}\\p{N},.…])…(?![\\p{L}\\p{N}])" // … alone, not an etc. after a word or comma
            + "|…{2,}|\\.{4,}");                        // …… and ....... fill lines

    private Unfinished() {}

    /** The placeholders in {@code text}, as found; empty when there is none. */
    public static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** A few words either side of the first placeholder, for a message; null when there is none. */
    public static String around(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        if (!m.find()) {
            return null;
        }
        int from = Math.max(0, m.start() - 30);
        int to = Math.min(text.length(), m.end() + 20);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
