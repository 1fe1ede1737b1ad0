package vn.kehoach.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoach.domain.Deadline;
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
            "deliverable", "deadline", "status", "doneDate", "note");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");
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
        int[] widths = {6, 12, 60, 40, 40, 50, 25, 18, 18, 16, 30};
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
     */
    public static ImportResult read(InputStream in, List<Organization> directory) {
        Map<String, List<Organization>> byName = new HashMap<>();
        for (Organization o : directory) {
            byName.computeIfAbsent(VietnameseText.foldForSearch(o.fullName()), k -> new ArrayList<>()).add(o);
            String shortKey = VietnameseText.foldForSearch(o.shortName());
            if (!shortKey.equals(VietnameseText.foldForSearch(o.fullName()))) {
                byName.computeIfAbsent(shortKey, k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, TaskKind> kinds = new HashMap<>();
        for (TaskKind k : TaskKind.values()) {
            kinds.put(VietnameseText.foldForSearch(Messages.get("tasks.kind." + k.name())), k);
        }
        Map<String, TaskStatus> statuses = new HashMap<>();
        for (TaskStatus s : TaskStatus.values()) {
            statuses.put(VietnameseText.foldForSearch(Messages.get("tasks.status." + s.name())), s);
        }
        List<Task> tasks = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Text.VIETNAMESE);
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row head = sheet.getRow(0);
            if (head == null || !VietnameseText.foldForSearch(formatter.formatCellValue(head.getCell(2)))
                    .equals(VietnameseText.foldForSearch(header("title")))) {
                problems.add(new RowProblem(1, header("title"), Messages.get("tasks.import.notTemplate")));
                return new ImportResult(List.of(), problems);
            }
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null || isEmpty(r, formatter)) {
                    continue;
                }
                int excelRow = i + 1;
                List<RowProblem> rowProblems = new ArrayList<>();
                String kindText = cell(r, 1, formatter);
                TaskKind kind = kindText.isEmpty() ? TaskKind.TASK : kinds.get(VietnameseText.foldForSearch(kindText));
                if (kind == null) {
                    rowProblems.add(new RowProblem(excelRow, header("kind"), Messages.get("tasks.import.badKind", kindText)));
                }
                String title = cell(r, 2, formatter);
                if (title.isEmpty()) {
                    rowProblems.add(new RowProblem(excelRow, header("title"), Messages.get("tasks.import.titleRequired")));
                }
                Long lead = null;
                String leadText = cell(r, 4, formatter);
                if (!leadText.isEmpty()) {
                    lead = unit(leadText, byName, excelRow, header("lead"), rowProblems);
                }
                List<Long> supporting = new ArrayList<>();
                for (String name : cell(r, 5, formatter).split(SEPARATOR)) {
                    if (!name.isBlank()) {
                        Long id = unit(name, byName, excelRow, header("supporting"), rowProblems);
                        if (id != null && !supporting.contains(id) && !id.equals(lead)) {
                            supporting.add(id);
                        }
                    }
                }
                Deadline deadline = null;
                Optional<LocalDate> dueCell = dateCell(r.getCell(7));
                if (dueCell.isPresent()) {
                    deadline = Deadline.on(dueCell.get());
                } else {
                    String dueText = cell(r, 7, formatter);
                    deadline = Deadline.parse(dueText).orElse(null);
                    if (deadline == null) {
                        rowProblems.add(new RowProblem(excelRow, header("deadline"),
                                Messages.get("tasks.import.badDeadline", dueText)));
                    }
                }
                String statusText = cell(r, 8, formatter);
                TaskStatus status = statusText.isEmpty() ? TaskStatus.NOT_STARTED
                        : statuses.get(VietnameseText.foldForSearch(statusText));
                if (status == null) {
                    rowProblems.add(new RowProblem(excelRow, header("status"),
                            Messages.get("tasks.import.badStatus", statusText)));
                }
                LocalDate done = null;
                Optional<LocalDate> doneCell = dateCell(r.getCell(9));
                String doneText = cell(r, 9, formatter);
                if (doneCell.isPresent()) {
                    done = doneCell.get();
                } else if (!doneText.isEmpty()) {
                    try {
                        done = LocalDate.parse(doneText, DAY);
                    } catch (DateTimeParseException e) {
                        rowProblems.add(new RowProblem(excelRow, header("doneDate"),
                                Messages.get("tasks.import.badDate", doneText)));
                    }
                }
                if (rowProblems.isEmpty()) {
                    tasks.add(new Task(null, kind, title, Text.cleanOrNull(cell(r, 3, formatter)), lead, supporting,
                            Text.cleanOrNull(cell(r, 6, formatter)), deadline.date(), deadline.yearlyMonth(),
                            deadline.yearlyDay(), deadline.daysBeforeEvent(), status, done,
                            Text.cleanOrNull(cell(r, 10, formatter))));
                }
                problems.addAll(rowProblems);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError(e, "tasks.import.unreadable");
        }
        return new ImportResult(problems.isEmpty() ? tasks : List.of(), problems);
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

    private static Optional<LocalDate> dateCell(Cell c) {
        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return Optional.of(c.getLocalDateTimeCellValue().toLocalDate());
        }
        return Optional.empty();
    }

    private static String cell(Row r, int col, DataFormatter f) {
        Cell c = r.getCell(col);
        return c == null ? "" : Text.clean(f.formatCellValue(c));
    }

    private static boolean isEmpty(Row r, DataFormatter f) {
        for (int c = 1; c < COLUMNS.size(); c++) {
            if (!cell(r, c, f).isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
