package io.worklane.api.application.imports;

import java.util.List;
import java.util.Map;

/**
 * An uploaded file as read: its columns (the CSV header; every key seen, for JSON) and its rows, each with its
 * number in the file (the header is row 1 of a CSV, as a spreadsheet counts; a JSON Lines row is its line).
 */
public record SourceTable(List<String> columns, List<Row> rows) {

    /** One row: its values by column, as text (a repeated column's values joined with commas). */
    public record Row(int number, Map<String, String> values) {
        public String value(String column) {
            String v = column == null ? null : values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }
}
