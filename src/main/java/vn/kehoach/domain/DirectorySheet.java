package vn.kehoach.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The directory as the office keeps it in Excel: one row per body, per signer, per member of a
 * recipient group. Bodies, parents and merge targets are named by their full names (never by ids),
 * so the same sheet goes out of one database and into another. {@code row} is the row as Excel
 * numbers it (0 for rows not read from a file).
 */
public record DirectorySheet(List<BodyRow> bodies, List<SignerRow> signers, List<GroupRow> groups) {
    public DirectorySheet {
        bodies = List.copyOf(bodies);
        signers = List.copyOf(signers);
        groups = List.copyOf(groups);
    }

    public record BodyRow(int row, String fullName, String shortName, OrganizationKind kind, Level level,
                          String parent, String archiveAbbreviation, String address, String email,
                          LocalDate validFrom, LocalDate validUntil, String mergedInto) {}

    public record SignerRow(int row, String fullName, String title, String body) {}

    public record GroupRow(int row, String group, String member) {}

    /** A problem of one cell or row of an imported sheet. */
    public record Problem(String sheet, int row, String column, String message) {
        @Override
        public String toString() {
            return Messages.get("directory.xlsx.problem", sheet, row, column, message);
        }
    }

    /** What a sheet read, or the problems that stop its import (then nothing is imported). */
    public record Read(DirectorySheet sheet, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }
}
