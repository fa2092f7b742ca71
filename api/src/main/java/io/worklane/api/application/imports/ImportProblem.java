package io.worklane.api.application.imports;

import io.worklane.domain.shared.FieldError;

/** One problem of one row of an import: where (row, column), a stable code, and what to do about it. */
public record ImportProblem(int row, String column, String code, String message) {

    public FieldError asFieldError() {
        return FieldError.inFile(row, column, code, message);
    }
}
