package vn.kehoach.document.wordimport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kehoach.document.wordimport.DocxSource.Line;
import vn.kehoach.document.wordimport.ImportReport.Kind;
import vn.kehoach.domain.Appendix;
import vn.kehoach.domain.TableText;

/**
 * One "Phụ lục …" part of a Word file, read as a free appendix of the draft: the lines after the
 * label up to the "(Kèm theo …)" note are its title, its first table is its table. The note is not
 * kept (the draft prints its own); any other line or table is kept only in the report.
 */
final class AppendixReading {
    /** "Phụ lục II: DANH SÁCH …": the label, then the title when it is on the same line. */
    private static final Pattern LABEL = Pattern.compile(
            "^(phụ lục(?:\\s+số)?(?:\\s+[ivx0-9]+)?)\\s*[.:\\-–]?\\s*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final ImportReport report;
    private final String label;
    private final String labelLine;
    private final String where;
    private final List<String> title = new ArrayList<>();
    private boolean titleDone;
    private List<List<String>> table;

    AppendixReading(Line l, String text, ImportReport report) {
        this.report = report;
        this.where = l.where();
        this.labelLine = text;
        Matcher m = LABEL.matcher(text);
        if (m.matches() && !m.group(2).isBlank()) {
            label = m.group(1).strip();
            title.add(m.group(2).strip());
        } else {
            label = text;
        }
    }

    void line(Line l, String text) {
        if (DocxPlanReader.fold(text).startsWith("(kem theo")) {
            titleDone = true;
            report.add(l.where(), null, Kind.RECOGNISED, "wordimport.appendix.note", label, text);
            return;
        }
        // the title: the first line, and the upper-case or centred lines right under it
        if (!titleDone && (title.isEmpty() || DocxPlanReader.isUpper(text) || l.centred())) {
            title.add(text);
            return;
        }
        titleDone = true;
        report.add(l.where(), null, Kind.KEPT_AS_TEXT, "wordimport.appendix.line", label, text);
    }

    void table(DocxSource.Table t, List<List<String>> cells) {
        titleDone = true;
        if (table == null) {
            table = cells;
            return;
        }
        // a free appendix has one table: the rows of a further one stay in the report
        for (List<String> row : cells) {
            report.add(t.where(), null, Kind.KEPT_AS_TEXT, "wordimport.appendix.line", label, String.join(" | ", row));
        }
    }

    /** The free appendix, reported as read. */
    Appendix finish() {
        Appendix a = Appendix.free(title.isEmpty() ? null : String.join(" ", title), table);
        report.add(where, null, Kind.RECOGNISED, "wordimport.appendix", labelLine,
                a.title() == null ? "—" : a.title(), a.table().size(), TableText.columns(a.table()));
        return a;
    }
}
