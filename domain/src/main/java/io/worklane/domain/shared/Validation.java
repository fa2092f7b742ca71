package io.worklane.domain.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field errors for one input, then refuses them all at once. */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String code, String message) {
        if (!ok) {
            errors.add(new FieldError(field, code, message));
        }
        return this;
    }

    public Validation text(String value, String field, int min, int max) {
        if (value == null) {
            return require(min == 0, field, "REQUIRED", "is required");
        }
        int length = value.codePointCount(0, value.length());
        if (min > 0 && value.isBlank()) {
            return require(false, field, "REQUIRED", "must not be blank");
        }
        require(length >= min, field, "TOO_SHORT", "must have at least " + min + " characters");
        return require(length <= max, field, "TOO_LONG", "must have at most " + max + " characters");
    }

    public Validation matches(String value, Pattern pattern, String field, String message) {
        return require(value == null || pattern.matcher(value).matches(), field, "INVALID_FORMAT", message);
    }

    public Validation add(FieldError error) {
        errors.add(error);
        return this;
    }

    public Validation addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a VALIDATION_FAILED refusal when any field failed. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw DomainException.validation(errors);
        }
    }
}
