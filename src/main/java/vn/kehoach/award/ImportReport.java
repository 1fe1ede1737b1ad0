package vn.kehoach.award;

import java.util.List;
import vn.kehoach.domain.Nomination;

/**
 * What an XLSX import found, row by row. Nothing is saved when any row has an error; then
 * {@code saved} is empty.
 */
public record ImportReport(List<RowReport> rows, List<Nomination> saved) {
    public ImportReport {
        rows = List.copyOf(rows);
        saved = List.copyOf(saved);
    }

    /** One data row of the sheet: its number as Excel shows it, and its errors (empty: good). */
    public record RowReport(int rowNumber, String name, List<String> errors) {
        public RowReport {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public boolean ok() {
        return rows.stream().allMatch(RowReport::ok);
    }

    public List<RowReport> bad() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }
}
