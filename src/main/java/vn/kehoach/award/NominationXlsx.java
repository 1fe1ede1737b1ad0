package vn.kehoach.award;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoach.document.AtomicFiles;
import vn.kehoach.document.XlsxRows;
import vn.kehoach.domain.AwardForm;
import vn.kehoach.domain.FieldRule;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Level;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Nomination;
import vn.kehoach.domain.NominationStatus;
import vn.kehoach.domain.NomineeKind;
import vn.kehoach.domain.Organization;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.VietnameseText;
import vn.kehoach.domain.award.NominationQuotaCheck;

/**
 * The XLSX template the office gives the units, and the reading of filled templates: every row
 * is checked (kind, name, unit, district, commune, village, form, proposing body, date, amount),
 * names are matched to the directory and the forms ignoring case and diacritics, and duplicates
 * against the register and within the file are reported.
 */
public final class NominationXlsx {
    /** Columns of the template, in order: bundle keys of their headers. */
    public static final List<String> COLUMNS = List.of("awards.column.kind", "awards.column.name",
            "awards.column.position", "awards.column.unit", "awards.column.district", "awards.column.commune",
            "awards.column.village", "awards.column.achievement", "awards.column.form", "awards.column.proposingBody",
            "awards.column.receivedDate", "awards.column.contribution");
    static final int KIND = 0;
    static final int NAME = 1;
    static final int POSITION = 2;
    static final int UNIT = 3;
    static final int DISTRICT = 4;
    static final int COMMUNE = 5;
    static final int VILLAGE = 6;
    static final int ACHIEVEMENT = 7;
    static final int FORM = 8;
    static final int PROPOSING = 9;
    static final int RECEIVED = 10;
    static final int CONTRIBUTION = 11;

    private NominationXlsx() {}

    public static List<String> headers() {
        return COLUMNS.stream().map(Messages::get).toList();
    }

    /** Writes the empty template, with a second sheet listing the award forms in force. */
    public static void writeTemplate(Path target, List<AwardForm> forms) {
        AtomicFiles.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet(Messages.get("awards.template.sheet"));
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                bold.setWrapText(true);
                Row header = sheet.createRow(0);
                List<String> headers = headers();
                for (int i = 0; i < headers.size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(headers.get(i));
                    c.setCellStyle(bold);
                    sheet.setColumnWidth(i, (i == NAME || i == ACHIEVEMENT || i == FORM ? 40 : 18) * 256);
                }
                sheet.createFreezePane(0, 1);
                CellStyle text = wb.createCellStyle();
                text.setDataFormat(wb.createDataFormat().getFormat("@"));
                sheet.setDefaultColumnStyle(RECEIVED, text);
                DataValidationHelper dv = sheet.getDataValidationHelper();
                String[] kinds = {Messages.get("awards.kind.COLLECTIVE"), Messages.get("awards.kind.INDIVIDUAL"),
                        Messages.get("awards.kind.HOUSEHOLD")};
                sheet.addValidationData(dv.createValidation(dv.createExplicitListConstraint(kinds),
                        new CellRangeAddressList(1, 5000, KIND, KIND)));
                Sheet help = wb.createSheet(Messages.get("awards.template.helpSheet"));
                help.createRow(0).createCell(0).setCellValue(Messages.get("awards.template.help"));
                int r = 2;
                for (AwardForm f : forms) {
                    Row row = help.createRow(r++);
                    row.createCell(0).setCellValue(f.name());
                    row.createCell(1).setCellValue(f.legalBasis() == null ? "" : f.legalBasis());
                }
                help.setColumnWidth(0, 70 * 256);
                help.setColumnWidth(1, 30 * 256);
                wb.write(out);
            }
        });
    }

    /** The result of reading a file: a report per row and the nominations of the good rows. */
    public record Parsed(List<ImportReport.RowReport> rows, List<Nomination> nominations) {
        public boolean ok() {
            return rows.stream().allMatch(ImportReport.RowReport::ok);
        }
    }

    /**
     * Reads a filled template for a movement. {@code existing} are the movement's nominations:
     * a row that repeats one of them, or an earlier row, is an error unless duplicates are allowed.
     * The sheet is streamed (see {@link XlsxRows}); more than {@link XlsxRows#MAX_DATA_ROWS} rows
     * are refused.
     */
    public static Parsed read(Path file, long movementId, List<Organization> directory, List<AwardForm> forms,
                              List<Nomination> existing, boolean allowDuplicates) {
        return read(file, XlsxRows.MAX_DATA_ROWS, movementId, directory, forms, existing, allowDuplicates);
    }

    static Parsed read(Path file, int maxRows, long movementId, List<Organization> directory, List<AwardForm> forms,
                       List<Nomination> existing, boolean allowDuplicates) {
        RowReader reader = new RowReader(file, movementId, new Names(directory), forms, existing, allowDuplicates);
        try {
            XlsxRows.read(file, maxRows, 0, reader::row);
            if (!reader.headerSeen) {
                throw reader.notTemplate(0);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserError u) {
                throw u;
            }
            throw new UserError(e, "awards.import.error.read", file.toString());
        }
        return new Parsed(reader.reports, reader.nominations);
    }

    /** Checks the rows of the sheet one at a time, as they stream by. */
    private static final class RowReader {
        private static final List<Integer> TEXT_COLUMNS = List.of(KIND, NAME, POSITION, UNIT, DISTRICT, COMMUNE,
                VILLAGE, ACHIEVEMENT, FORM, PROPOSING);
        private static final Map<Integer, FieldRule> RULES = Map.of(NAME, FieldRule.NOMINEE_NAME,
                POSITION, FieldRule.POSITION_TITLE, ACHIEVEMENT, FieldRule.ACHIEVEMENT);
        private final Path file;
        private final long movementId;
        private final Names names;
        private final List<AwardForm> forms;
        private final boolean allowDuplicates;
        private final Map<String, Integer> seen = new HashMap<>();
        private final Set<String> inRegister = new HashSet<>();
        private final List<ImportReport.RowReport> reports = new ArrayList<>();
        private final List<Nomination> nominations = new ArrayList<>();
        private final List<String> headers = headers();
        private boolean headerSeen;

        RowReader(Path file, long movementId, Names names, List<AwardForm> forms, List<Nomination> existing,
                  boolean allowDuplicates) {
            this.file = file;
            this.movementId = movementId;
            this.names = names;
            this.forms = forms;
            this.allowDuplicates = allowDuplicates;
            existing.forEach(n -> inRegister.add(NominationQuotaCheck.duplicateKey(n)));
        }

        UserError notTemplate(int column) {
            return new UserError("awards.import.error.notTemplate", file.getFileName().toString(),
                    String.valueOf((char) ('A' + column)), headers.get(column));
        }

        void row(XlsxRows.Row row) {
            if (!headerSeen) {
                for (int i = 0; i < headers.size(); i++) {
                    String got = row.number() == 1 ? row.cell(i).text() : "";
                    if (!VietnameseText.foldForSearch(got).equals(VietnameseText.foldForSearch(headers.get(i)))) {
                        throw notTemplate(i);
                    }
                }
                headerSeen = true;
                return;
            }
            if (row.isBlankFrom(0)) {
                return;
            }
            List<String> errors = new ArrayList<>();
            String[] cells = new String[COLUMNS.size()];
            boolean[] refused = new boolean[COLUMNS.size()];
            for (int i : TEXT_COLUMNS) {
                InputRules.Checked<String> cell = row.cell(i).asText();
                String problem = cell.problem();
                if (problem == null && RULES.containsKey(i)) {
                    problem = InputRules.textProblem(RULES.get(i), cell.value()).orElse(null);
                }
                if (problem != null) {
                    errors.add(Messages.get("input.importCell", headers.get(i), problem));
                    refused[i] = true;
                    cells[i] = "";
                } else {
                    cells[i] = cell.value();
                }
            }
            NomineeKind kind = refused[KIND] ? null : kind(cells[KIND], errors);
            if (cells[NAME].isEmpty() && !refused[NAME]) {
                errors.add(Messages.get("awards.import.error.nameEmpty"));
            }
            LocalDate received = date(row.cell(RECEIVED), errors);
            Long contribution = amount(row.cell(CONTRIBUTION), errors);
            Organization district = names.find(cells[DISTRICT], COLUMNS.get(DISTRICT), o -> o.level() == Level.DISTRICT,
                    null, received, errors);
            Organization commune = names.find(cells[COMMUNE], COLUMNS.get(COMMUNE), o -> o.level() == Level.COMMUNE,
                    district, received, errors);
            Organization village = names.find(cells[VILLAGE], COLUMNS.get(VILLAGE), o -> o.level() == Level.VILLAGE,
                    commune, received, errors);
            Organization unit = names.find(cells[UNIT], COLUMNS.get(UNIT), o -> true, null, received, errors);
            Organization proposing = names.find(cells[PROPOSING], COLUMNS.get(PROPOSING), o -> true, null, received, errors);
            if (cells[PROPOSING].isEmpty() && !refused[PROPOSING]) {
                errors.add(Messages.get("awards.import.error.proposingRequired"));
            }
            if (district == null && commune != null) {
                district = names.ancestor(commune, Level.DISTRICT);
            }
            if (commune == null && village != null) {
                commune = names.ancestor(village, Level.COMMUNE);
            }
            AwardForm form = refused[FORM] ? null : form(cells[FORM], forms, received, errors);
            if (kind == NomineeKind.HOUSEHOLD && village == null && cells[VILLAGE].isEmpty() && !refused[VILLAGE]) {
                errors.add(Messages.get("awards.import.error.village"));
            }
            Nomination n = null;
            if (errors.isEmpty()) {
                n = new Nomination(null, movementId, kind, cells[NAME], Text.cleanOrNull(cells[POSITION]), id(unit),
                        id(district), id(commune), id(village), Text.cleanOrNull(cells[ACHIEVEMENT]), form.id(),
                        id(proposing), received, NominationStatus.RECEIVED, null, null, null, null, contribution, false);
                String key = NominationQuotaCheck.duplicateKey(n);
                if (!allowDuplicates && inRegister.contains(key)) {
                    errors.add(Messages.get("awards.import.error.duplicateExisting"));
                }
                Integer earlier = seen.putIfAbsent(key, row.number());
                if (!allowDuplicates && earlier != null) {
                    errors.add(Messages.get("awards.import.error.duplicateRow", earlier));
                }
            }
            reports.add(new ImportReport.RowReport(row.number(), refused[NAME] ? row.cell(NAME).text() : cells[NAME],
                    errors));
            if (errors.isEmpty()) {
                nominations.add(n);
            }
        }

        private LocalDate date(XlsxRows.Value cell, List<String> errors) {
            LocalDate day;
            switch (cell.kind()) {
                case DATE -> day = cell.date();
                case BLANK -> {
                    errors.add(Messages.get("awards.import.error.dateRequired"));
                    return null;
                }
                case TEXT -> {
                    try {
                        day = LocalDate.parse(cell.text().replace('-', '/').replace('.', '/'), InputRules.DAY);
                    } catch (DateTimeParseException e) {
                        errors.add(Messages.get("awards.import.error.date", cell.text()));
                        return null;
                    }
                }
                default -> {
                    errors.add(Messages.get("input.importCell", headers.get(RECEIVED), Messages.get("input.notDate",
                            Messages.get(cell.kind() == XlsxRows.Kind.BOOLEAN ? "input.notTextBoolean"
                                    : cell.kind() == XlsxRows.Kind.ERROR ? "input.notTextError" : "input.notTextNumber",
                                    cell.text()))));
                    return null;
                }
            }
            java.util.Optional<String> range = InputRules.dateProblem(day);
            if (range.isPresent()) {
                errors.add(Messages.get("input.importCell", headers.get(RECEIVED), range.get()));
                return null;
            }
            return day;
        }

        private Long amount(XlsxRows.Value cell, List<String> errors) {
            InputRules.Checked<Long> amount;
            switch (cell.kind()) {
                case BLANK -> {
                    return null;
                }
                case NUMBER -> amount = InputRules.amount(cell.number());
                case TEXT -> {
                    amount = InputRules.parseAmount(cell.text());
                    if (!amount.ok()) {
                        errors.add(Messages.get("awards.import.error.amount", cell.text()));
                        return null;
                    }
                }
                default -> amount = InputRules.Checked.refused(Messages.get("input.notNumber", cell.text()));
            }
            if (!amount.ok()) {
                errors.add(Messages.get("input.importCell", headers.get(CONTRIBUTION), amount.problem()));
                return null;
            }
            return amount.value();
        }
    }

    private static Long id(Organization o) {
        return o == null ? null : o.id();
    }

    private static NomineeKind kind(String cell, List<String> errors) {
        String k = VietnameseText.foldForSearch(cell);
        for (NomineeKind kind : NomineeKind.values()) {
            if (k.equals(VietnameseText.foldForSearch(Messages.get("awards.kind." + kind.name())))) {
                return kind;
            }
        }
        errors.add(Messages.get("awards.import.error.kind", cell));
        return null;
    }

    private static AwardForm form(String cell, List<AwardForm> forms, LocalDate received, List<String> errors) {
        if (cell.isEmpty()) {
            errors.add(Messages.get("awards.import.error.formRequired"));
            return null;
        }
        String key = VietnameseText.foldForSearch(cell);
        List<AwardForm> named = forms.stream().filter(f -> VietnameseText.foldForSearch(f.name()).equals(key)).toList();
        if (named.isEmpty()) {
            errors.add(Messages.get("awards.import.error.unknownForm", cell));
            return null;
        }
        if (received != null) {
            for (AwardForm f : named) {
                if ((f.validFrom() == null || !received.isBefore(f.validFrom()))
                        && (f.validUntil() == null || !received.isAfter(f.validUntil()))) {
                    return f;
                }
            }
        }
        return named.get(named.size() - 1);
    }

    /** Directory names, folded, for matching what units type. */
    static final class Names {
        private final Map<String, List<Organization>> exact = new HashMap<>();
        private final Map<Long, Organization> byId = new HashMap<>();
        private final List<Organization> all;

        Names(List<Organization> directory) {
            all = directory;
            for (Organization o : directory) {
                byId.put(o.id(), o);
                for (String name : new HashSet<>(List.of(VietnameseText.foldForSearch(o.fullName()), VietnameseText.foldForSearch(o.shortName())))) {
                    exact.computeIfAbsent(name, k -> new ArrayList<>()).add(o);
                }
            }
        }

        Organization ancestor(Organization o, Level level) {
            for (int guard = 0; o != null && guard < 10; guard++) {
                if (o.level() == level) {
                    return o;
                }
                o = o.parentId() == null ? null : byId.get(o.parentId());
            }
            return null;
        }

        /**
         * The body a cell names: its full or short name, or the end of one ("Tà Phìn" for
         * "UBND xã Tà Phìn"), of the expected level, under {@code parent} when given, in
         * existence on the day when several match. Empty cell: null, no error.
         */
        Organization find(String cell, String columnKey, Predicate<Organization> level, Organization parent,
                          LocalDate day, List<String> errors) {
            if (cell.isEmpty()) {
                return null;
            }
            String key = VietnameseText.foldForSearch(cell);
            List<Organization> candidates = new ArrayList<>(exact.getOrDefault(key, List.of()).stream().filter(level).toList());
            if (candidates.isEmpty()) {
                String suffix = " " + key;
                for (Organization o : all) {
                    if (level.test(o) && (VietnameseText.foldForSearch(o.fullName()).endsWith(suffix)
                            || VietnameseText.foldForSearch(o.shortName()).endsWith(suffix))) {
                        candidates.add(o);
                    }
                }
            }
            if (candidates.size() > 1 && parent != null) {
                List<Organization> under = candidates.stream().filter(o -> isUnder(o, parent)).toList();
                if (!under.isEmpty()) {
                    candidates = new ArrayList<>(under);
                }
            }
            if (candidates.size() > 1 && day != null) {
                List<Organization> living = candidates.stream().filter(o -> o.existsOn(day)).toList();
                if (!living.isEmpty()) {
                    candidates = new ArrayList<>(living);
                }
            }
            String column = Messages.get(columnKey);
            if (candidates.isEmpty()) {
                errors.add(Messages.get("awards.import.error.unknownBody", column, cell));
                return null;
            }
            if (candidates.size() > 1) {
                errors.add(Messages.get("awards.import.error.ambiguousBody", column, cell,
                        String.join("; ", candidates.stream().map(Organization::fullName).toList())));
                return null;
            }
            return candidates.get(0);
        }

        private boolean isUnder(Organization o, Organization parent) {
            for (int guard = 0; o != null && guard < 10; guard++) {
                if (parent.id().equals(o.parentId())) {
                    return true;
                }
                o = o.parentId() == null ? null : byId.get(o.parentId());
            }
            return false;
        }
    }
}
