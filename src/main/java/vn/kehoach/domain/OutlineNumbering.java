package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Computes the printed number of an outline section from its level and its position among
 * the numbered siblings: I., II. for parts; 1., 2. for items; a), b) … in the Vietnamese
 * alphabet (no f, j, w, z; đ after d) for points; "-" and "+" for bullets.
 */
public final class OutlineNumbering {
    /** The 24 letters Decree 30/2020 numbers points with. */
    public static final List<String> POINT_LETTERS = List.of(
            "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y");

    private OutlineNumbering() {}

    /** The label of the {@code index}-th (0-based) numbered section of a level, e.g. "IV." or "đ)". */
    public static String label(SectionLevel level, int index) {
        return switch (level) {
            case PART -> roman(index + 1) + ".";
            case ITEM -> (index + 1) + ".";
            case POINT -> pointLetter(index) + ")";
            case BULLET -> "-";
            case SUB_BULLET -> "+";
            case PARAGRAPH -> "";
        };
    }

    /** Labels for a list of siblings: PARAGRAPHs are skipped when counting. */
    public static List<String> labels(List<Section> siblings) {
        int[] counters = new int[SectionLevel.values().length];
        return siblings.stream().map(s -> label(s.level(), counters[s.level().ordinal()]++)).toList();
    }

    static String pointLetter(int index) {
        int n = POINT_LETTERS.size();
        // Past "y" the decree gives no rule; doubling the letter keeps labels unique and ordered.
        return index < n ? POINT_LETTERS.get(index) : POINT_LETTERS.get(index % n).repeat(index / n + 1);
    }

    public static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int rest = value;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                rest -= values[i];
                out.append(symbols[i]);
            }
        }
        return out.toString();
    }

    /**
     * The place (indices from the top) of the section printed with the number {@code printed}, its
     * parents' numbers included ("II.2.a)"), as the Word import's report names places.
     */
    public static Optional<List<Integer>> placeOf(List<Section> outline, String printed) {
        return printed == null || printed.isBlank() ? Optional.empty()
                : placeOf(outline, "", printed.strip(), new ArrayList<>());
    }

    private static Optional<List<Integer>> placeOf(List<Section> siblings, String prefix, String printed,
                                                   List<Integer> parent) {
        List<String> labels = labels(siblings);
        for (int i = 0; i < siblings.size(); i++) {
            Section s = siblings.get(i);
            boolean numbered = switch (s.level()) {
                case PART, ITEM, POINT -> true;
                default -> false;
            };
            if (!numbered) {
                continue;
            }
            String own = prefix + labels.get(i);
            List<Integer> place = new ArrayList<>(parent);
            place.add(i);
            if (own.equals(printed)) {
                return Optional.of(List.copyOf(place));
            }
            if (printed.startsWith(own)) {
                Optional<List<Integer>> below = placeOf(s.children(), own, printed, place);
                if (below.isPresent()) {
                    return below;
                }
            }
        }
        return Optional.empty();
    }
}
