package vn.kehoach.document.wordimport;

import java.time.LocalDate;

import vn.kehoach.domain.Plan;

/**
 * The result of reading a plan from Word: a new draft plan (no id, no number, no day of issue;
 * tables of the body in its outline, each "Phụ lục …" part a free appendix), the report, and the
 * number and date the source carried (not given to the draft).
 */
public record WordImport(Plan plan, ImportReport report, Integer sourceNumber, LocalDate sourceDate) {}
