package io.worklane.domain.shared;

/**
 * One rejected input field: where, a stable code, and a sentence a person can act on. An error in an uploaded
 * file (an import) also says where in it: its row (as a spreadsheet numbers them, the header being row 1, or the
 * line of a JSON Lines file) and its column; both are null otherwise.
 */
public record FieldError(String field, String code, String message, Integer row, String column) {

    public FieldError(String field, String code, String message) {
        this(field, code, message, null, null);
    }

    /** An error at a place in an uploaded file. */
    public static FieldError inFile(int row, String column, String code, String message) {
        return new FieldError("file", code, message, row, column);
    }
}
