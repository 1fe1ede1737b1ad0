package vn.kehoach.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain table as plans hold it (a free appendix's, an outline section's): rows of cell texts, the
 * first row the header row. Stored as text: one row a line, cells separated by tabs, so a cell is
 * one line of text.
 */
public final class TableText {
    private TableText() {}

    /** Every cell NFC, trimmed and on one line (a tab or line break inside becomes a space); null is no table. */
    public static List<List<String>> clean(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        if (rows != null) {
            rows.forEach(r -> out.add(r.stream().map(TableText::cell).toList()));
        }
        return List.copyOf(out);
    }

    private static String cell(String c) {
        return c == null ? "" : Text.clean(c.replaceAll("[\t\n\r]+", " "));
    }

    /** The stored form, null for no table. */
    public static String format(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> row : rows) {
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(String.join("\t", row.stream().map(TableText::cell).toList()));
        }
        return sb.toString();
    }

    public static List<List<String>> parse(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return text.lines().map(l -> List.of(l.split("\t", -1))).toList();
    }

    /** A table as the clerk types it in the builder: one row a line, cells separated by "|"; blank lines skipped. */
    public static List<List<String>> fromTyped(String typed) {
        if (typed == null) {
            return List.of();
        }
        return clean(typed.lines().filter(l -> !l.isBlank())
                .map(l -> java.util.Arrays.stream(l.split("\\|", -1)).map(String::strip).toList()).toList());
    }

    /** The typed form of a table (see {@link #fromTyped}). */
    public static String typed(List<List<String>> rows) {
        return String.join("\n", rows.stream().map(r -> String.join(" | ", r)).toList());
    }

    /** The number of columns: the longest row's cells. */
    public static int columns(List<List<String>> rows) {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
