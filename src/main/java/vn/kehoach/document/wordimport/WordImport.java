package vn.kehoach.document.wordimport;

import java.time.LocalDate;
import java.util.List;

import vn.kehoach.domain.Plan;

/**
 * The result of reading a plan from Word: a new draft plan (no id, no number, no day of issue),
 * the report, the number and date the source carried (not given to the draft), and the appendices
 * kept apart from the outline (the plan has no field for a free appendix: their text is here and
 * in the report).
 */
public record WordImport(Plan plan, ImportReport report, Integer sourceNumber, LocalDate sourceDate,
                         List<Appendix> appendices) {

    public WordImport {
        appendices = List.copyOf(appendices);
    }

    /** An appendix ("Phụ lục II") with its lines; a table row is one line, cells joined by " | ". */
    public record Appendix(String label, List<String> lines) {
        public Appendix {
            lines = List.copyOf(lines);
        }
    }
}
