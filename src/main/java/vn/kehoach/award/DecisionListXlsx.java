package vn.kehoach.award;

import vn.kehoach.document.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoach.domain.Messages;
import vn.kehoach.domain.UserError;
import vn.kehoach.domain.award.DecisionList;

/** The decision list as an XLSX sheet: {@link DecisionList#table()} cell for cell, amounts as numbers. */
public final class DecisionListXlsx {
    private DecisionListXlsx() {}

    public static void write(DecisionList list, Path target) {
        AtomicFiles.write(target, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                Sheet sheet = wb.createSheet(Messages.get("awards.list.sheet"));
                CellStyle bold = wb.createCellStyle();
                Font font = wb.createFont();
                font.setBold(true);
                bold.setFont(font);
                CellStyle money = wb.createCellStyle();
                money.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
                List<List<Object>> table = list.table();
                for (int r = 0; r < table.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = table.get(r);
                    boolean heading = r == 0 || cells.get(0) == null || cells.get(0) instanceof String;
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof Long l) {
                            cell.setCellValue(l);
                            if (c == cells.size() - 1) {
                                cell.setCellStyle(money);
                            }
                        } else {
                            cell.setCellValue(v.toString());
                            if (heading) {
                                cell.setCellStyle(bold);
                            }
                        }
                    }
                }
                int[] widths = {6, 40, 45, 35, 18};
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, widths[c] * 256);
                }
                wb.write(out);
            }
        });
    }

    /** Reads a sheet written by {@link #write} back into cells (String, Long or null), as the table was. */
    public static List<List<Object>> read(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int width = DecisionList.tableHeader().size();
            List<List<Object>> table = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        cells.add((long) cell.getNumericCellValue());
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                table.add(cells);
            }
            return table;
        } catch (IOException e) {
            throw new UserError(e, "awards.import.error.read", file.toString());
        }
    }
}
