package io.worklane.domain.shared;

/** One rejected input field: where, a stable code, and a sentence a person can act on. */
public record FieldError(String field, String code, String message) {
}
