package vn.kehoach.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoach.domain.Deadline;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Task;
import vn.kehoach.domain.TaskKind;
import vn.kehoach.domain.TaskMatrix;
import vn.kehoach.domain.TaskStatus;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UnitLookup;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;

/**
 * Task tables as XLSX for colleagues who live in Excel: the task list (which is also the import
 * template's layout), the units × tasks matrix, and the import that reads the list back,
 * reporting every wrong row.
 */
public final class TaskSheets {
    /** Columns of the task list and of the import template, in order. */
    public static final List<String> COLUMNS = List.of("no", "kind", "title", "details", "lead", "supporting",
            "deliverable", "deadline", "status", "doneDate", "note", "performers");
    private static final String SEPARATOR = ";";

    private TaskSheets() {}

    /** A problem of one row of an imported sheet (row as Excel numbers it). */
    public record RowProblem(int row, String column, String message) {
        @Override
        public String toString() {
            return Messages.get("tasks.import.problem", row, column, message);
        }
    }

    /** Tasks read from a sheet, or the problems that stop the import (then nothing is imported). */
    public record ImportResult(List<Task> tasks, List<RowProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private static String header(String column) {
        return Messages.get("tasks.column." + column);
    }

    // ------------------------------------------------------------------ writing

    public static void writeTaskList(List<Task> tasks, UnitLookup units, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = taskSheet(wb);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            for (int i = 0; i < tasks.size(); i++) {
                Task t = tasks.get(i);
                Row r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue(i + 1);
                r.createCell(1).setCellValue(Messages.get("tasks.kind." + t.kind().name()));
                r.createCell(2).setCellValue(t.title());
                r.getCell(2).setCellStyle(wrap);
                text(r, 3, t.details());
                text(r, 4, units.fullName(t.leadUnitId()));
                text(r, 5, String.join(SEPARATOR + " ", t.supportingUnitIds().stream().map(units::fullName).toList()));
                text(r, 6, t.deliverable());
                if (t.dueDate() != null) {
                    Cell c = r.createCell(7);
                    c.setCellValue(t.dueDate());
                    c.setCellStyle(date);
                } else {
                    text(r, 7, Deadline.of(t).shortForm());
                }
                r.createCell(8).setCellValue(Messages.get("tasks.status." + t.status().name()));
                if (t.doneDate() != null) {
                    Cell c = r.createCell(9);
                    c.setCellValue(t.doneDate());
                    c.setCellStyle(date);
                }
                text(r, 10, t.note());
                text(r, 11, t.performers());
            }
            wb.write(out);
        }
    }

    /** The empty list the app gives out for units to fill in, with a sheet of the directory's names. */
    public static void writeTemplate(List<Organization> directory, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = taskSheet(wb);
            Sheet unitSheet = wb.createSheet(Messages.get("tasks.sheet.units"));
            Row h = unitSheet.createRow(0);
            h.createCell(0).setCellValue(Messages.get("tasks.column.unitFullName"));
            h.createCell(1).setCellValue(Messages.get("tasks.column.unitShortName"));
            for (int i = 0; i < directory.size(); i++) {
                Row r = unitSheet.createRow(i + 1);
                r.createCell(0).setCellValue(directory.get(i).fullName());
                r.createCell(1).setCellValue(directory.get(i).shortName());
            }
            unitSheet.setColumnWidth(0, 60 * 256);
            unitSheet.setColumnWidth(1, 30 * 256);
            var helper = sheet.getDataValidationHelper();
            String[] kinds = Arrays.stream(TaskKind.values()).map(k -> Messages.get("tasks.kind." + k.name()))
                    .toArray(String[]::new);
            String[] statuses = Arrays.stream(TaskStatus.values()).map(s -> Messages.get("tasks.status." + s.name()))
                    .toArray(String[]::new);
            sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(kinds),
                    new CellRangeAddressList(1, 2000, 1, 1)));
            sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(statuses),
                    new CellRangeAddressList(1, 2000, 8, 8)));
            if (!directory.isEmpty()) {
                String range = "'" + unitSheet.getSheetName() + "'!$A$2:$A$" + (directory.size() + 1);
                sheet.addValidationData(helper.createValidation(helper.createFormulaListConstraint(range),
                        new CellRangeAddressList(1, 2000, 4, 4)));
            }
            Row example = sheet.createRow(1);
            example.createCell(0).setCellValue(1);
            example.createCell(1).setCellValue(kinds[0]);
            example.createCell(2).setCellValue(Messages.get("tasks.template.exampleTitle"));
            example.createCell(7).setCellValue(Messages.get("tasks.template.exampleDeadline"));
            example.createCell(8).setCellValue(statuses[0]);
            wb.write(out);
        }
    }

    /** Units as rows (a header row per level), tasks as numbered columns, cells CT / PH. */
    public static void writeMatrix(TaskMatrix m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(Messages.get("tasks.sheet.matrix"));
            CellStyle bold = boldStyle(wb);
            CellStyle rotated = boldStyle(wb);
            rotated.setRotation((short) 90);
            rotated.setWrapText(true);
            Row titles = sheet.createRow(0);
            titles.createCell(0).setCellValue(Messages.get("tasks.column.unit"));
            titles.getCell(0).setCellStyle(bold);
            for (int c = 0; c < m.columnCount(); c++) {
                Cell cell = titles.createCell(c + 1);
                cell.setCellValue((c + 1) + ". " + m.column(c).title());
                cell.setCellStyle(rotated);
                sheet.setColumnWidth(c + 1, 6 * 256);
            }
            titles.setHeightInPoints(180);
            for (int r = 0; r < m.rowCount(); r++) {
                TaskMatrix.Row row = m.row(r);
                Row x = sheet.createRow(r + 1);
                if (row.isHeader()) {
                    x.createCell(0).setCellValue(Messages.get("tasks.level." + row.level().name()));
                    x.getCell(0).setCellStyle(bold);
                    continue;
                }
                x.createCell(0).setCellValue(row.unit().fullName());
                for (int c = 0; c < m.columnCount(); c++) {
                    TaskMatrix.Role role = m.role(r, c);
                    if (role != TaskMatrix.Role.NONE) {
                        x.createCell(c + 1).setCellValue(role.code());
                    }
                }
            }
            sheet.setColumnWidth(0, 50 * 256);
            sheet.createFreezePane(1, 1);
            wb.write(out);
        }
    }

    private static Sheet taskSheet(Workbook wb) {
        Sheet sheet = wb.createSheet(Messages.get("tasks.sheet.tasks"));
        CellStyle bold = boldStyle(wb);
        Row h = sheet.createRow(0);
        int[] widths = {6, 12, 60, 40, 40, 50, 25, 18, 18, 16, 30, 40};
        for (int i = 0; i < COLUMNS.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header(COLUMNS.get(i)));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static CellStyle boldStyle(Workbook wb) {
        Font f = wb.createFont();
        f.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private static void text(Row r, int col, String value) {
        if (!Text.isBlank(value)) {
            r.createCell(col).setCellValue(value);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the first sheet as a task list. Units are found by full or short name, ignoring case
     * and diacritics. Every wrong row is reported; the tasks are only usable when there is none.
     * The sheet is streamed (see {@link XlsxRows}); more than {@link XlsxRows#MAX_DATA_ROWS} rows
     * are refused.
     */
    public static ImportResult read(InputStream in, List<Organization> directory) {
        return read(directory, handler -> XlsxRows.read(in, XlsxRows.MAX_DATA_ROWS, 1, handler));
    }

    /** Like {@link #read(InputStream, List)} for a file, read in place. */
    public static ImportResult read(Path file, List<Organization> directory) {
        return read(directory, handler -> XlsxRows.read(file, XlsxRows.MAX_DATA_ROWS, 1, handler));
    }

    private interface Source {
        void rows(XlsxRows.RowHandler handler) throws IOException;
    }

    /** Thrown by the row handler to stop reading a file that is not the template. */
    private static final class NotTemplate extends RuntimeException {
        NotTemplate() {
            super(null, null, false, false);
        }
    }

    private static ImportResult read(List<Organization> directory, Source source) {
        RowReader reader = new RowReader(directory);
        try {
            source.rows(reader::row);
            if (!reader.headerSeen) {
                throw new NotTemplate();
            }
        } catch (NotTemplate e) {
            return new ImportResult(List.of(), List.of(new RowProblem(1, header("title"),
                    Messages.get("tasks.import.notTemplate"))));
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError(e, "tasks.import.unreadable");
        }
        List<RowProblem> problems = reader.problems;
        return new ImportResult(problems.isEmpty() ? reader.tasks : List.of(), problems);
    }

    /** Turns the sheet's rows, one at a time, into tasks or problems. */
    private static final class RowReader {
        private final Map<String, List<Organization>> byName = new HashMap<>();
        private final Map<String, TaskKind> kinds = new HashMap<>();
        private final Map<String, TaskStatus> statuses = new HashMap<>();
        private final List<Task> tasks = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();
        private boolean headerSeen;

        RowReader(List<Organization> directory) {
            for (Organization o : directory) {
                byName.computeIfAbsent(VietnameseText.foldForSearch(o.fullName()), k -> new ArrayList<>()).add(o);
                String shortKey = VietnameseText.foldForSearch(o.shortName());
                if (!shortKey.equals(VietnameseText.foldForSearch(o.fullName()))) {
                    byName.computeIfAbsent(shortKey, k -> new ArrayList<>()).add(o);
                }
            }
            for (TaskKind k : TaskKind.values()) {
                kinds.put(VietnameseText.foldForSearch(Messages.get("tasks.kind." + k.name())), k);
            }
            for (TaskStatus s : TaskStatus.values()) {
                statuses.put(VietnameseText.foldForSearch(Messages.get("tasks.status." + s.name())), s);
            }
        }

        void row(XlsxRows.Row r) {
            if (!headerSeen) {
                if (r.number() != 1 || !VietnameseText.foldForSearch(r.cell(2).text())
                        .equals(VietnameseText.foldForSearch(header("title")))) {
                    throw new NotTemplate();
                }
                headerSeen = true;
                return;
            }
            if (r.isBlankFrom(1)) {
                return;
            }
            int excelRow = r.number();
            List<RowProblem> rowProblems = new ArrayList<>();
            String kindText = text(r, 1, null, rowProblems);
            TaskKind kind = kindText == null ? null
                    : kindText.isEmpty() ? TaskKind.TASK : kinds.get(VietnameseText.foldForSearch(kindText));
            if (kind == null && kindText != null) {
                rowProblems.add(new RowProblem(excelRow, header("kind"), Messages.get("tasks.import.badKind", kindText)));
            }
            String title = text(r, 2, FieldRule.TASK_TITLE, rowProblems);
            if (title != null && title.isEmpty()) {
                rowProblems.add(new RowProblem(excelRow, header("title"), Messages.get("tasks.import.titleRequired")));
            }
            Long lead = null;
            String leadText = text(r, 4, null, rowProblems);
            if (leadText != null && !leadText.isEmpty()) {
                lead = unit(leadText, byName, excelRow, header("lead"), rowProblems);
            }
            List<Long> supporting = new ArrayList<>();
            String supportingText = text(r, 5, null, rowProblems);
            for (String name : supportingText == null ? new String[0] : supportingText.split(SEPARATOR)) {
                if (!name.isBlank()) {
                    Long id = unit(name, byName, excelRow, header("supporting"), rowProblems);
                    if (id != null && !supporting.contains(id) && !id.equals(lead)) {
                        supporting.add(id);
                    }
                }
            }
            Deadline deadline = deadline(r.cell(7), excelRow, rowProblems);
            String statusText = text(r, 8, null, rowProblems);
            TaskStatus status = statusText == null ? null : statusText.isEmpty() ? TaskStatus.NOT_STARTED
                    : statuses.get(VietnameseText.foldForSearch(statusText));
            if (status == null && statusText != null) {
                rowProblems.add(new RowProblem(excelRow, header("status"),
                        Messages.get("tasks.import.badStatus", statusText)));
            }
            LocalDate done = doneDate(r.cell(9), excelRow, rowProblems);
            String details = text(r, 3, FieldRule.TASK_DETAILS, rowProblems);
            String deliverable = text(r, 6, FieldRule.TASK_DELIVERABLE, rowProblems);
            String note = text(r, 10, FieldRule.TASK_NOTE, rowProblems);
            // the last column came with V7: a sheet without it has no described collectives
            String performers = text(r, 11, FieldRule.TASK_PERFORMERS, rowProblems);
            if (rowProblems.isEmpty() && problems.isEmpty()) {
                tasks.add(new Task(null, kind, title, Text.cleanOrNull(details), lead, supporting,
                        Text.cleanOrNull(deliverable), deadline.date(), deadline.yearlyMonth(),
                        deadline.yearlyDay(), deadline.daysBeforeEvent(), status, done, Text.cleanOrNull(note))
                        .withPerformers(performers, null));
            } else {
                tasks.clear(); // nothing is imported: no need to keep them
            }
            problems.addAll(rowProblems);
        }

        /** The text of a cell, or null after reporting why it cannot be taken (number, control character…). */
        private static String text(XlsxRows.Row r, int column, FieldRule rule, List<RowProblem> problems) {
            InputRules.Checked<String> cell = r.cell(column).asText();
            String problem = cell.problem();
            if (problem == null && rule != null) {
                problem = InputRules.textProblem(rule, cell.value()).orElse(null);
            }
            if (problem != null) {
                problems.add(new RowProblem(r.number(), header(COLUMNS.get(column)), problem));
                return null;
            }
            return cell.value();
        }

        private static Deadline deadline(XlsxRows.Value cell, int excelRow, List<RowProblem> problems) {
            Deadline deadline;
            if (cell.kind() == XlsxRows.Kind.DATE) {
                deadline = Deadline.on(cell.date());
            } else if (cell.kind() == XlsxRows.Kind.BLANK || cell.kind() == XlsxRows.Kind.TEXT) {
                deadline = Deadline.parse(cell.text()).orElse(null);
                if (deadline == null) {
                    problems.add(new RowProblem(excelRow, header("deadline"),
                            Messages.get("tasks.import.badDeadline", cell.text())));
                    return null;
                }
            } else {
                problems.add(new RowProblem(excelRow, header("deadline"), notDate(cell)));
                return null;
            }
            Optional<String> range = InputRules.dateProblem(deadline.date());
            if (range.isPresent()) {
                problems.add(new RowProblem(excelRow, header("deadline"), range.get()));
                return null;
            }
            return deadline;
        }

        private static LocalDate doneDate(XlsxRows.Value cell, int excelRow, List<RowProblem> problems) {
            LocalDate done = null;
            if (cell.kind() == XlsxRows.Kind.DATE) {
                done = cell.date();
            } else if (cell.kind() == XlsxRows.Kind.TEXT) {
                try {
                    done = LocalDate.parse(cell.text(), InputRules.DAY);
                } catch (DateTimeParseException e) {
                    problems.add(new RowProblem(excelRow, header("doneDate"),
                            Messages.get("tasks.import.badDate", cell.text())));
                    return null;
                }
            } else if (cell.kind() != XlsxRows.Kind.BLANK) {
                problems.add(new RowProblem(excelRow, header("doneDate"), notDate(cell)));
                return null;
            }
            Optional<String> range = InputRules.dateProblem(done);
            if (range.isPresent()) {
                problems.add(new RowProblem(excelRow, header("doneDate"), range.get()));
                return null;
            }
            return done;
        }

        private static String notDate(XlsxRows.Value cell) {
            String what = cell.kind() == XlsxRows.Kind.BOOLEAN ? "input.notTextBoolean"
                    : cell.kind() == XlsxRows.Kind.ERROR ? "input.notTextError" : "input.notTextNumber";
            return Messages.get("input.notDate", Messages.get(what, cell.text()));
        }
    }

    private static Long unit(String name, Map<String, List<Organization>> byName, int row, String column,
                             List<RowProblem> problems) {
        List<Organization> found = byName.getOrDefault(VietnameseText.foldForSearch(name), List.of());
        if (found.size() == 1) {
            return found.get(0).id();
        }
        problems.add(new RowProblem(row, column, Messages.get(found.isEmpty() ? "tasks.import.unknownUnit"
                : "tasks.import.ambiguousUnit", Text.clean(name))));
        return null;
    }
}
