package vn.kehoach.document.wordimport;

import java.util.ArrayList;
import java.util.List;

import vn.kehoach.domain.Messages;

/**
 * What a Word import recognised where, what it normalised, and what it kept as plain text. Every
 * paragraph of the source is either in the new plan or in one of these lines.
 */
public final class ImportReport {
    /** What happened to a paragraph. */
    public enum Kind {
        /** Read into the plan as it was. */
        RECOGNISED,
        /** Read into the plan in the official form, differing from the source (a slip or a variant). */
        NORMALISED,
        /** Not read into a field of the plan: kept as text in the plan or only here. */
        KEPT_AS_TEXT
    }

    /**
     * One line: {@code where} names the paragraph ("đoạn 12", "bảng 2, hàng 1, ô 1"), {@code outlinePath}
     * its place in the new plan's outline ("II.2.a)") or null.
     */
    public record Line(String where, String outlinePath, Kind kind, String message) {
        public String printed() {
            String place = outlinePath == null ? where : where + " · " + outlinePath;
            return place + " — " + Messages.get("wordimport.kind." + kind.name()) + ": " + message;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    void add(String where, String outlinePath, Kind kind, String key, Object... args) {
        lines.add(new Line(where, outlinePath, kind, Messages.get(key, args)));
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    public List<Line> lines(Kind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    /** The report as text, one line each. */
    public String printed() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            sb.append(l.printed()).append('\n');
        }
        return sb.toString();
    }

    static String where(int paragraph) {
        return Messages.get("wordimport.where.paragraph", paragraph);
    }

    static String cell(int table, int row, int cell) {
        return Messages.get("wordimport.where.cell", table, row, cell);
    }

    static String table(int table) {
        return Messages.get("wordimport.where.table", table);
    }

    static String textBox(String where) {
        return Messages.get("wordimport.where.textBox", where);
    }
}
