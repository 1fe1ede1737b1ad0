package vn.kehoach.document;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.kehoach.domain.InputRules;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.Text;
import vn.kehoach.domain.UserError;

/**
 * Reads the first sheet of an XLSX file row by row with POI's streaming (SAX) reader: only one
 * row is held at a time, so memory does not grow with the sheet (the shared strings table is
 * kept, as POI's {@link ReadOnlySharedStringsTable} does). Each cell keeps its kind — text,
 * number, date, true/false, error — so that an import can refuse a number where text is due.
 * More than {@code maxDataRows} non-empty rows after the header are refused.
 */
public final class XlsxRows {
    /** The most data rows one import takes. */
    public static final int MAX_DATA_ROWS = 100_000;

    private XlsxRows() {}

    public enum Kind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }

    /** One cell: its kind, its text as Excel shows it (NFC, stripped), its number or day. */
    public record Value(Kind kind, String text, double number, LocalDate date) {
        static final Value BLANK = new Value(Kind.BLANK, "", 0, null);

        public boolean isBlank() {
            return kind == Kind.BLANK || kind == Kind.TEXT && text.isEmpty();
        }

        /**
         * The text of a cell where text is due; a number, a true/false or an error is refused
         * (Excel turned "1/2" or "TRUE" into something else, or a formula failed).
         */
        public InputRules.Checked<String> asText() {
            return switch (kind) {
                case BLANK, TEXT -> InputRules.Checked.ok(text);
                case NUMBER, DATE -> notText("input.notTextNumber");
                case BOOLEAN -> notText("input.notTextBoolean");
                case ERROR -> notText("input.notTextError");
            };
        }

        private InputRules.Checked<String> notText(String what) {
            return InputRules.Checked.refused(Messages.get("input.notText", Messages.get(what, text)));
        }
    }

    /** A row as Excel numbers it (1 = the header) with its cells by column index (0 = A). */
    public record Row(int number, List<Value> cells) {
        public Value cell(int column) {
            return column < cells.size() ? cells.get(column) : Value.BLANK;
        }

        /** True when every cell from {@code fromColumn} on is blank. */
        public boolean isBlankFrom(int fromColumn) {
            for (int c = fromColumn; c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    public interface RowHandler {
        void row(Row row);
    }

    /**
     * Streams the first sheet's rows in order to {@code handler}; rows that do not appear in the
     * file (never typed in) are not reported. Throws {@link UserError} "input.tooManyRows" when
     * more than {@code maxDataRows} rows after row 1 are not blank from {@code blankFromColumn};
     * other failures (not an XLSX file) as {@link IOException}.
     */
    public static void read(Path file, int maxDataRows, int blankFromColumn, RowHandler handler) throws IOException {
        if (!read(file, 0, maxDataRows, blankFromColumn, handler)) {
            throw new IOException("no sheet");
        }
    }

    /**
     * Like {@link #read(Path, int, int, RowHandler)} for the sheet at {@code sheetIndex} (0 = the
     * first, in the workbook's order); returns false, reading nothing, when there is no such sheet.
     */
    public static boolean read(Path file, int sheetIndex, int maxDataRows, int blankFromColumn, RowHandler handler)
            throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int skipped = 0; skipped < sheetIndex && sheets.hasNext(); skipped++) {
                sheets.next().close();
            }
            if (!sheets.hasNext()) {
                return false;
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new SheetHandler(strings, styles, row -> {
                    handler.row(row);
                }, maxDataRows, blankFromColumn));
                xml.parse(new InputSource(sheet));
            }
            return true;
        } catch (SAXException | OpenXML4JException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        } catch (org.apache.poi.UnsupportedFileFormatException | org.apache.poi.ooxml.POIXMLException e) {
            throw new IOException(e);
        }
    }

    /** Reads a stream by copying it to a temporary file first (the SAX reader wants random access). */
    public static void read(InputStream in, int maxDataRows, int blankFromColumn, RowHandler handler) throws IOException {
        File temp = File.createTempFile("kehoach-import", ".xlsx");
        try {
            java.nio.file.Files.copy(in, temp.toPath(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            read(temp.toPath(), maxDataRows, blankFromColumn, handler);
        } finally {
            java.nio.file.Files.deleteIfExists(temp.toPath());
        }
    }

    /** The SAX handler of one worksheet part: builds a row's values, passes it on, forgets it. */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final RowHandler handler;
        private final int maxDataRows;
        private final int blankFromColumn;
        private final DataFormatter formatter = new DataFormatter(Text.VIETNAMESE);
        private final StringBuilder chars = new StringBuilder();
        private List<Value> cells = new ArrayList<>();
        private int rowNumber;
        private int dataRows;
        private int column;
        private String type;
        private int style;
        private boolean collecting;
        private boolean inInline;
        private boolean inPhonetic;
        private String value;
        private final StringBuilder inline = new StringBuilder();

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, RowHandler handler, int maxDataRows,
                     int blankFromColumn) {
            this.strings = strings;
            this.styles = styles;
            this.handler = handler;
            this.maxDataRows = maxDataRows;
            this.blankFromColumn = blankFromColumn;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = atts.getValue("t");
                    String s = atts.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    value = null;
                    inline.setLength(0);
                }
                case "v" -> startChars();
                case "is" -> inInline = true;
                case "rPh" -> inPhonetic = true;
                case "t" -> {
                    if (inInline && !inPhonetic) {
                        startChars();
                    }
                }
                default -> { }
            }
        }

        private void startChars() {
            collecting = true;
            chars.setLength(0);
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (collecting) {
                chars.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> {
                    value = chars.toString();
                    collecting = false;
                }
                case "t" -> {
                    if (collecting) {
                        inline.append(chars);
                        collecting = false;
                    }
                }
                case "rPh" -> inPhonetic = false;
                case "is" -> {
                    inInline = false;
                    value = inline.toString();
                }
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(Value.BLANK);
                    }
                    Value v = value();
                    if (column < cells.size()) {
                        cells.set(column, v);
                    } else {
                        cells.add(v);
                    }
                }
                case "row" -> {
                    Row row = new Row(rowNumber, cells);
                    if (rowNumber > 1 && !row.isBlankFrom(blankFromColumn) && ++dataRows > maxDataRows) {
                        throw new UserError("input.tooManyRows", InputRules.count(maxDataRows));
                    }
                    handler.row(row);
                }
                default -> { }
            }
        }

        private Value value() {
            if (value == null) {
                return Value.BLANK;
            }
            String t = type == null ? "n" : type;
            switch (t) {
                case "s":
                    return text(strings.getItemAt(Integer.parseInt(value.strip())).getString());
                case "inlineStr":
                case "str":
                    return text(value);
                case "b":
                    return new Value(Kind.BOOLEAN, "1".equals(value.strip()) || "true".equals(value.strip())
                            ? "TRUE" : "FALSE", 0, null);
                case "e":
                    return new Value(Kind.ERROR, value, 0, null);
                case "d":
                    LocalDate day = LocalDate.parse(value.strip().substring(0, 10));
                    return new Value(Kind.DATE, day.toString(), 0, day);
                default:
                    return number(value.strip());
            }
        }

        private static Value text(String s) {
            String clean = Text.clean(s);
            return clean.isEmpty() ? Value.BLANK : new Value(Kind.TEXT, clean, 0, null);
        }

        private Value number(String raw) {
            double d;
            try {
                d = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return new Value(Kind.ERROR, raw, 0, null);
            }
            short formatIndex = 0;
            String formatString = null;
            if (style >= 0 && styles != null && style < styles.getNumCellStyles()) {
                XSSFCellStyle cs = styles.getStyleAt(style);
                formatIndex = cs.getDataFormat();
                formatString = cs.getDataFormatString();
            }
            if (formatString == null) {
                formatString = org.apache.poi.ss.usermodel.BuiltinFormats.getBuiltinFormat(formatIndex);
            }
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(d)) {
                LocalDate day = DateUtil.getLocalDateTime(d).toLocalDate();
                return new Value(Kind.DATE, day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu")),
                        d, day);
            }
            String shown = formatter.formatRawCellContents(d, formatIndex, formatString);
            return new Value(Kind.NUMBER, shown, d, null);
        }
    }
}
