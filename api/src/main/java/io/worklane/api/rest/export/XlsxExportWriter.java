package io.worklane.api.rest.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook by POI's streaming SXSSF: only the last {@value #WINDOW} rows stay in memory, the
 * others go to a gzipped temp file, which {@link #close} deletes (POI 5.4+ disposes on close). The zip
 * is written to the client at {@link #finish}, after the last row. Numbers are numeric cells, the rest
 * text as in CSV; a text a spreadsheet would run as a formula is marked quote-prefixed (Excel's own
 * "this is text"), so it shows unchanged and stays text when edited.
 */
final class XlsxExportWriter implements ExportWriter {
    static final int WINDOW = 100;
    /** Excel's limit for the text of a cell. */
    private static final int MAX_CELL_TEXT = 32_767;
    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final List<String> columns;
    private final int sheetRows;
    private final CellStyle quoted;
    private final CellStyle bold;
    private SXSSFSheet sheet;
    private int rows;

    XlsxExportWriter(OutputStream out, List<String> columns) {
        this(out, columns, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** With {@code sheetRows} rows a sheet (header included) instead of Excel's limit: for tests. */
    XlsxExportWriter(OutputStream out, List<String> columns, int sheetRows) {
        this.sheetRows = sheetRows;
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.columns = columns;
        this.quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        newSheet();
    }

    /** A sheet holds 1,048,576 rows: past that the rows go on in "Work items 2", … each with the header. */
    private void newSheet() {
        int number = workbook.getNumberOfSheets() + 1;
        sheet = workbook.createSheet(number == 1 ? "Work items" : "Work items " + number);
        rows = 0;
        SXSSFRow header = sheet.createRow(rows++);
        for (int i = 0; i < columns.size(); i++) {
            SXSSFCell cell = header.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<Object> values) {
        if (rows == sheetRows) {
            newSheet();
        }
        SXSSFRow row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            SXSSFCell cell = row.createCell(i);
            if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = Cells.text(value);
                cell.setCellValue(text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT) : text);
                if (Cells.looksLikeFormula(text)) {
                    cell.setCellStyle(quoted);
                }
            }
        }
    }

    @Override
    public void flush() {
        // rows past the window are already on disk; nothing reaches the client before finish
    }

    @Override
    public void finish() throws IOException {
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
