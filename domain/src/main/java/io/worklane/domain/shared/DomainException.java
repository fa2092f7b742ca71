package io.worklane.domain.shared;

import java.util.List;

/**
 * A refusal that reaches the caller: a stable code, a human message and, for validation,
 * the fields at fault. Application services throw it; the API layers translate it.
 */
public class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final List<FieldError> errors;

    public DomainException(ErrorCode code, String message) {
        this(code, message, List.of());
    }

    public DomainException(ErrorCode code, String message, List<FieldError> errors) {
        super(message, null, false, false);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public static DomainException validation(List<FieldError> errors) {
        String first = errors.isEmpty() ? "Invalid input." : errors.get(0).field() + ": " + errors.get(0).message();
        String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : "";
        return new DomainException(ErrorCode.VALIDATION_FAILED, first + more, errors);
    }

    public static DomainException notFound(ErrorCode code, String what, String ref) {
        return new DomainException(code, what + " '" + ref + "' does not exist.");
    }

    public ErrorCode code() {
        return code;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
