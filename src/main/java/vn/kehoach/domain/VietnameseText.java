package vn.kehoach.domain;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Vietnamese sorting and diacritic-blind search: "so ket" finds "sơ kết", "Đ" sorts after "D". */
public final class VietnameseText {
    private VietnameseText() {}

    /** A collator for Vietnamese order (a new instance: Collator is not thread-safe). */
    public static Comparator<String> collator() {
        Collator collator = Collator.getInstance(Text.VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsFirst(collator::compare);
    }

    /**
     * Sorts in Vietnamese order. Collation keys are computed once per element, which is many
     * times faster than comparing strings with the collator on every comparison.
     */
    public static <T> List<T> sortedBy(Collection<T> items, Function<T, String> name) {
        Collator collator = Collator.getInstance(Text.VIETNAMESE);
        return items.stream()
                .map(item -> Map.entry(collator.getCollationKey(Objects.requireNonNullElse(name.apply(item), "")), item))
                .sorted(Map.Entry.comparingByKey())
                .map(Map.Entry::getValue)
                .toList();
    }

    /** Lowercase, no diacritics, đ → d, single spaces: the key that searches compare. */
    public static String foldForSearch(String s) {
        if (s == null) {
            return "";
        }
        String fast = foldByTable(s);
        if (fast != null) {
            return fast;
        }
        return foldSlow(s);
    }

    /** Folded form of each precomposed character below U+1F00 (Vietnamese letters included), built by {@link #foldSlow}. */
    private static final char[] FOLD = new char[0x1F00];

    static {
        for (char c = 0; c < FOLD.length; c++) {
            String f = Character.isWhitespace(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.isSurrogate(c) ? "" : foldSlow(String.valueOf(c));
            FOLD[c] = f.length() == 1 ? f.charAt(0) : 0;
        }
    }

    /** The same result as {@link #foldSlow} by table lookup, or null when a character needs the slow path. */
    private static String foldByTable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean lastSpace = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!lastSpace) {
                    out.append(' ');
                }
                lastSpace = true;
                continue;
            }
            char f = c < FOLD.length ? FOLD[c] : 0;
            if (f == 0) {
                return null;
            }
            out.append(f);
            lastSpace = false;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static String foldSlow(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean lastSpace = true;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                if (!lastSpace) {
                    out.append(' ');
                }
                lastSpace = true;
                continue;
            }
            out.append(Character.toLowerCase(c));
            lastSpace = false;
        }
        return out.toString().strip();
    }

    /**
     * True when every word of the query starts a word of the text, ignoring case and diacritics: "so ket 6"
     * finds "Sơ kết 6 tháng" but not every "Sở" (the word "ket" must start a word too, and "6" the number 6
     * or 06, not 2026). Words are runs of letters and digits; "25/kh" is the words 25 and kh.
     */
    public static boolean matches(String text, String query) {
        String folded = foldForSearch(text);
        String q = foldForSearch(query);
        int i = 0;
        while (i < q.length()) {
            while (i < q.length() && !Character.isLetterOrDigit(q.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < q.length() && Character.isLetterOrDigit(q.charAt(end))) {
                end++;
            }
            if (end > i && !startsAWord(folded, q.substring(i, end))) {
                return false;
            }
            i = end;
        }
        return true;
    }

    /** True when {@code token} begins some word of {@code text}; a number also matches with leading zeros (6 → 06). */
    private static boolean startsAWord(String text, String token) {
        boolean number = token.chars().allMatch(Character::isDigit);
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            if (text.startsWith(token, i)) {
                return true;
            }
            if (number) {
                int j = i;
                while (j + 1 < text.length() && text.charAt(j) == '0' && Character.isDigit(text.charAt(j + 1))) {
                    j++;
                }
                if (j > i && text.startsWith(token, j)) {
                    return true;
                }
            }
        }
        return false;
    }

    public static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.forLanguageTag("vi"));
    }
}
