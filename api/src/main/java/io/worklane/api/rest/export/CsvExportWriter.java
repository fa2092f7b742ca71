package io.worklane.api.rest.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV by Commons CSV (CRLF, quotes where needed), UTF-8 without a byte order mark. A text
 * that a spreadsheet would run as a formula is written with a leading {@code '} (docs/exports.md).
 */
final class CsvExportWriter implements ExportWriter {
    private final CSVPrinter printer;

    CsvExportWriter(OutputStream out, List<String> columns) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (Object value : values) {
            printer.print(field(value));
        }
        printer.println();
    }

    static String field(Object value) {
        String text = Cells.text(value);
        return !(value instanceof Number) && Cells.looksLikeFormula(text) ? "'" + text : text;
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
