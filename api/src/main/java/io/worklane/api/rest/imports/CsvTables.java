package io.worklane.api.rest.imports;

import io.worklane.api.application.imports.SourceTable;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, with a header row) as a table, read by Apache Commons CSV. Before it parses, one pass
 * over the text finds what it would refuse without saying where, or take whole: a quote never closed, and a cell
 * larger than {@link #MAX_CELL} characters (a 10 MB cell is a broken file, not a description). Both are refused
 * with their row (the header is row 1) and column. A column repeated (Jira writes one "Labels" column per label)
 * has its values joined with commas.
 */
final class CsvTables {
    static final int MAX_CELL = 65_536;

    private CsvTables() {
    }

    static SourceTable of(String text) {
        precheck(text);
        // empty lines are records too, so that row numbers are the file's as the precheck counts them
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        int[] at = {1};
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<SourceTable.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                at[0] = (int) record.getRecordNumber() + 1;
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = record.toList().stream().map(String::trim).toList();
                    continue;
                }
                rows.add(new SourceTable.Row((int) record.getRecordNumber(), values(header, record)));
            }
            if (header == null) {
                throw DomainException.validation(List.of(FieldError.inFile(1, "1", "EMPTY_FILE",
                        "The file is empty: a CSV import needs a header row naming its columns, then a row per item.")));
            }
            return new SourceTable(header.stream().distinct().toList(), rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw DomainException.validation(List.of(FieldError.inFile(at[0], "?", "MALFORMED_CSV",
                    "Row " + at[0] + ": the file is not valid CSV (" + e.getMessage() + ").")));
        }
    }

    private static Map<String, String> values(List<String> header, CSVRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.size(); i++) {
            String v = record.get(i);
            values.merge(header.get(i), v, (a, b) -> a.isBlank() ? b : b.isBlank() ? a : a + "," + b);
        }
        return values;
    }

    /** Finds an unclosed quote and an oversized cell, with their row and column, in one pass. */
    private static void precheck(String text) {
        int row = 1;
        int column = 1;
        int cell = 0;
        boolean quoted = false;
        int quoteRow = 0;
        int quoteColumn = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                    cell++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell++;
                }
            } else if (c == '"') {
                quoted = true;
                quoteRow = row;
                quoteColumn = column;
            } else if (c == ',') {
                column++;
                cell = 0;
            } else if (c == '\n') {
                row++;
                column = 1;
                cell = 0;
            } else if (c != '\r') {
                cell++;
            }
            if (cell > MAX_CELL) {
                throw problem(quoted ? quoteRow : row, column, "CELL_TOO_LARGE", "the cell has more than "
                        + MAX_CELL + " characters; an import takes cells of at most that (is a quote missing?)");
            }
        }
        if (quoted) {
            throw problem(quoteRow, quoteColumn, "UNCLOSED_QUOTE", "a quoted cell starts here and is never closed;"
                    + " close it with \" (a quote inside a cell is written twice: \"\")");
        }
    }

    private static DomainException problem(int row, int column, String code, String message) {
        return DomainException.validation(List.of(FieldError.inFile(row, Integer.toString(column), code,
                "Row " + row + ", column " + column + ": " + message + ".")));
    }
}
