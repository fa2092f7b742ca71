package io.worklane.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.function.Consumer;

/**
 * What a refusal must look like, for {@code isInstanceOfSatisfying(DomainException.class, ...)}:
 * {@code assertThatThrownBy(...).isInstanceOfSatisfying(DomainException.class, invalid("title", "TOO_LONG"))}.
 */
public final class Refusals {
    private Refusals() {
    }

    /** A VALIDATION_FAILED refusal naming {@code field} with {@code code} (other fields may fail too). */
    public static Consumer<DomainException> invalid(String field, String code) {
        return e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(FieldError::field, FieldError::code).contains(tuple(field, code));
        };
    }

    /** A VALIDATION_FAILED refusal naming {@code field}, whatever the reason. */
    public static Consumer<DomainException> invalid(String field) {
        return e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
            assertThat(e.errors()).extracting(FieldError::field).contains(field);
        };
    }

    /** A refusal with {@code code} (a rule, not a field, said no). */
    public static Consumer<DomainException> refusedWith(ErrorCode code) {
        return e -> assertThat(e.code()).isEqualTo(code);
    }
}
