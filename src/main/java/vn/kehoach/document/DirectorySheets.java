package vn.kehoach.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.kehoach.domain.DirectorySheet;
import vn.kehoach.domain.DirectorySheet.BodyRow;
import vn.kehoach.domain.DirectorySheet.GroupRow;
import vn.kehoach.domain.DirectorySheet.Problem;
import vn.kehoach.domain.DirectorySheet.SignerRow;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.OrganizationKind;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;

/**
 * The directory as an XLSX workbook of three sheets — bodies, signers, recipient groups (one row per
 * member) — written for the office's Excel users and read back cell by cell with the same input
 * rules as every other import. Reading only parses and checks cells; matching names against the
 * database is the store's job.
 */
public final class DirectorySheets {
    /** Columns of the bodies sheet, in order (bundle keys {@code directory.xlsx.column.*}). */
    public static final List<String> BODY_COLUMNS = List.of("fullName", "shortName", "kind", "level", "parent",
            "archive", "address", "email", "validFrom", "validUntil", "mergedInto");
    public static final List<String> SIGNER_COLUMNS = List.of("personName", "personTitle", "personBody");
    public static final List<String> GROUP_COLUMNS = List.of("groupName", "groupMember");

    private DirectorySheets() {}

    private static String header(String column) {
        return Messages.get("directory.xlsx.column." + column);
    }

    private static String sheetName(int index) {
        return Messages.get(index == 0 ? "directory.xlsx.sheet.bodies"
                : index == 1 ? "directory.xlsx.sheet.signers" : "directory.xlsx.sheet.groups");
    }

    private static String kindLabel(OrganizationKind k) {
        return Messages.get("ui.kind." + k.name());
    }

    private static String levelLabel(Level l) {
        return Messages.get("ui.level." + l.name());
    }

    // ------------------------------------------------------------------ writing

    public static void write(DirectorySheet d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet bodies = sheet(wb, 0, BODY_COLUMNS, new int[] {60, 30, 24, 12, 60, 12, 50, 30, 14, 14, 50});
            for (int i = 0; i < d.bodies().size(); i++) {
                BodyRow b = d.bodies().get(i);
                Row r = bodies.createRow(i + 1);
                text(r, 0, b.fullName());
                text(r, 1, b.shortName());
                text(r, 2, kindLabel(b.kind()));
                text(r, 3, levelLabel(b.level()));
                text(r, 4, b.parent());
                text(r, 5, b.archiveAbbreviation());
                text(r, 6, b.address());
                text(r, 7, b.email());
                day(r, 8, b.validFrom(), date);
                day(r, 9, b.validUntil(), date);
                text(r, 10, b.mergedInto());
            }
            var helper = bodies.getDataValidationHelper();
            bodies.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                    Arrays.stream(OrganizationKind.values()).map(DirectorySheets::kindLabel).toArray(String[]::new)),
                    new CellRangeAddressList(1, 20_000, 2, 2)));
            bodies.addValidationData(helper.createValidation(helper.createExplicitListConstraint(
                    Arrays.stream(Level.values()).map(DirectorySheets::levelLabel).toArray(String[]::new)),
                    new CellRangeAddressList(1, 20_000, 3, 3)));
            Sheet signers = sheet(wb, 1, SIGNER_COLUMNS, new int[] {30, 40, 60});
            for (int i = 0; i < d.signers().size(); i++) {
                SignerRow s = d.signers().get(i);
                Row r = signers.createRow(i + 1);
                text(r, 0, s.fullName());
                text(r, 1, s.title());
                text(r, 2, s.body());
            }
            Sheet groups = sheet(wb, 2, GROUP_COLUMNS, new int[] {40, 60});
            for (int i = 0; i < d.groups().size(); i++) {
                GroupRow g = d.groups().get(i);
                Row r = groups.createRow(i + 1);
                text(r, 0, g.group());
                text(r, 1, g.member());
            }
            wb.write(out);
        }
    }

    private static Sheet sheet(Workbook wb, int index, List<String> columns, int[] widths) {
        Sheet sheet = wb.createSheet(sheetName(index));
        Font f = wb.createFont();
        f.setBold(true);
        CellStyle bold = wb.createCellStyle();
        bold.setFont(f);
        bold.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        bold.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        Row h = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(header(columns.get(i)));
            c.setCellStyle(bold);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void text(Row r, int col, String value) {
        if (!Text.isBlank(value)) {
            r.createCell(col).setCellValue(value);
        }
    }

    private static void day(Row r, int col, LocalDate value, CellStyle style) {
        if (value != null) {
            Cell c = r.createCell(col);
            c.setCellValue(value);
            c.setCellStyle(style);
        }
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads the three sheets. Every cell is checked (text where text is due, the length and
     * characters of its database column, a real day, a known kind and level, names present); every
     * problem is reported with its sheet, row and column. The signers and groups sheets may be missing.
     */
    public static DirectorySheet.Read read(Path file) {
        Reader reader = new Reader();
        try {
            boolean found = XlsxRows.read(file, 0, XlsxRows.MAX_DATA_ROWS, 0, reader::body);
            if (!found || !reader.headerSeen[0]) {
                return notTemplate();
            }
            XlsxRows.read(file, 1, XlsxRows.MAX_DATA_ROWS, 0, reader::signer);
            XlsxRows.read(file, 2, XlsxRows.MAX_DATA_ROWS, 0, reader::group);
        } catch (NotTemplate e) {
            return notTemplate();
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError(e, "directory.xlsx.unreadable");
        }
        return new DirectorySheet.Read(new DirectorySheet(reader.bodies, reader.signers, reader.groups),
                reader.problems);
    }

    private static DirectorySheet.Read notTemplate() {
        return new DirectorySheet.Read(new DirectorySheet(List.of(), List.of(), List.of()),
                List.of(new Problem(sheetName(0), 1, header("fullName"), Messages.get("directory.xlsx.notTemplate"))));
    }

    /** Thrown by a row handler to stop reading a sheet that is not ours. */
    private static final class NotTemplate extends RuntimeException {
        NotTemplate() {
            super(null, null, false, false);
        }
    }

    private static final class Reader {
        private final Map<String, OrganizationKind> kinds = new HashMap<>();
        private final Map<String, Level> levels = new HashMap<>();
        private final List<BodyRow> bodies = new ArrayList<>();
        private final List<SignerRow> signers = new ArrayList<>();
        private final List<GroupRow> groups = new ArrayList<>();
        private final List<Problem> problems = new ArrayList<>();
        private final boolean[] headerSeen = new boolean[3];

        Reader() {
            for (OrganizationKind k : OrganizationKind.values()) {
                kinds.put(VietnameseText.foldForSearch(kindLabel(k)), k);
                kinds.put(VietnameseText.foldForSearch(k.name()), k);
            }
            for (Level l : Level.values()) {
                levels.put(VietnameseText.foldForSearch(levelLabel(l)), l);
                levels.put(VietnameseText.foldForSearch(Messages.get("tasks.level." + l.name())), l);
                levels.put(VietnameseText.foldForSearch(l.name()), l);
            }
        }

        /** True for the header row (checked against ours); false for a data row to read. */
        private boolean header(int sheet, XlsxRows.Row r, List<String> columns) {
            if (headerSeen[sheet]) {
                return false;
            }
            if (r.number() != 1 || !VietnameseText.foldForSearch(r.cell(0).text())
                    .equals(VietnameseText.foldForSearch(DirectorySheets.header(columns.get(0))))) {
                if (sheet == 0) {
                    throw new NotTemplate();
                }
                problems.add(new Problem(sheetName(sheet), r.number(), DirectorySheets.header(columns.get(0)),
                        Messages.get("directory.xlsx.notTemplate")));
            }
            headerSeen[sheet] = true;
            return true;
        }

        void body(XlsxRows.Row r) {
            if (header(0, r, BODY_COLUMNS) || r.isBlankFrom(0)) {
                return;
            }
            Cells c = new Cells(0, BODY_COLUMNS, r);
            String fullName = c.required(0, FieldRule.ORG_FULL_NAME);
            String shortName = c.required(1, FieldRule.ORG_SHORT_NAME);
            OrganizationKind kind = c.choice(2, kinds, "directory.xlsx.badKind");
            Level level = c.choice(3, levels, "directory.xlsx.badLevel");
            String parent = c.text(4, FieldRule.ORG_FULL_NAME);
            String archive = c.text(5, FieldRule.ORG_ARCHIVE);
            String address = c.text(6, FieldRule.ORG_ADDRESS);
            String email = c.text(7, FieldRule.ORG_EMAIL);
            LocalDate from = c.date(8);
            LocalDate until = c.date(9);
            String mergedInto = c.text(10, FieldRule.ORG_FULL_NAME);
            if (c.ok()) {
                bodies.add(new BodyRow(r.number(), fullName, shortName, kind, level, parent, archive, address, email,
                        from, until, mergedInto));
            }
        }

        void signer(XlsxRows.Row r) {
            if (header(1, r, SIGNER_COLUMNS) || r.isBlankFrom(0)) {
                return;
            }
            Cells c = new Cells(1, SIGNER_COLUMNS, r);
            String name = c.required(0, FieldRule.PERSON_NAME);
            String title = c.required(1, FieldRule.PERSON_TITLE);
            String body = c.text(2, FieldRule.ORG_FULL_NAME);
            if (c.ok()) {
                signers.add(new SignerRow(r.number(), name, title, body));
            }
        }

        void group(XlsxRows.Row r) {
            if (header(2, r, GROUP_COLUMNS) || r.isBlankFrom(0)) {
                return;
            }
            Cells c = new Cells(2, GROUP_COLUMNS, r);
            String group = c.required(0, FieldRule.GROUP_NAME);
            String member = c.required(1, FieldRule.ORG_FULL_NAME);
            if (c.ok()) {
                groups.add(new GroupRow(r.number(), group, member));
            }
        }

        /** The cells of one row, each checked; problems go to the reader's list. */
        private final class Cells {
            private final int sheet;
            private final List<String> columns;
            private final XlsxRows.Row row;
            private boolean ok = true;

            Cells(int sheet, List<String> columns, XlsxRows.Row row) {
                this.sheet = sheet;
                this.columns = columns;
                this.row = row;
            }

            boolean ok() {
                return ok;
            }

            private void problem(int column, String message) {
                ok = false;
                problems.add(new Problem(sheetName(sheet), row.number(), DirectorySheets.header(columns.get(column)),
                        message));
            }

            String text(int column, FieldRule rule) {
                InputRules.Checked<String> cell = row.cell(column).asText();
                String problem = cell.problem();
                if (problem == null) {
                    problem = InputRules.textProblem(rule, cell.value()).orElse(null);
                }
                if (problem != null) {
                    problem(column, problem);
                    return null;
                }
                return Text.cleanOrNull(cell.value());
            }

            String required(int column, FieldRule rule) {
                InputRules.Checked<String> cell = row.cell(column).asText();
                boolean blank = cell.ok() && Text.isBlank(cell.value());
                String value = text(column, rule);
                if (blank) {
                    problem(column, Messages.get("directory.xlsx.required"));
                }
                return value;
            }

            <T> T choice(int column, Map<String, T> known, String badKey) {
                String value = text(column, FieldRule.ORG_SHORT_NAME);
                if (value == null) {
                    if (ok) {
                        problem(column, Messages.get("directory.xlsx.required"));
                    }
                    return null;
                }
                T found = known.get(VietnameseText.foldForSearch(value));
                if (found == null) {
                    problem(column, Messages.get(badKey, value));
                }
                return found;
            }

            LocalDate date(int column) {
                XlsxRows.Value cell = row.cell(column);
                if (cell.kind() == XlsxRows.Kind.DATE) {
                    var range = InputRules.dateProblem(cell.date());
                    if (range.isPresent()) {
                        problem(column, range.get());
                        return null;
                    }
                    return cell.date();
                }
                if (cell.kind() == XlsxRows.Kind.BLANK || cell.kind() == XlsxRows.Kind.TEXT) {
                    InputRules.Checked<LocalDate> day = InputRules.parseDate(cell.text());
                    if (!day.ok()) {
                        problem(column, day.problem());
                    }
                    return day.value();
                }
                problem(column, Messages.get("input.notDate", Messages.get(cell.kind() == XlsxRows.Kind.BOOLEAN
                        ? "input.notTextBoolean" : cell.kind() == XlsxRows.Kind.ERROR ? "input.notTextError"
                        : "input.notTextNumber", cell.text())));
                return null;
            }
        }
    }
}
