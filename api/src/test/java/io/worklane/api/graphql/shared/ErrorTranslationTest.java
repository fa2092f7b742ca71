package io.worklane.api.graphql.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures become errors with a code; the unexpected ones say nothing about the code base. */
class ErrorTranslationTest {
    @Test
    void aWrappedDomainRefusalKeepsItsCodeMessageAndFields() {
        var refusal = DomainException.validation(List.of(new FieldError("title", "REQUIRED", "is required")));

        var error = ErrorTranslation.ofFailure(new RuntimeException(new IllegalStateException(refusal)), List.of(),
                List.of("createWorkItem"));

        assertThat(error.getMessage()).isEqualTo("title: is required");
        assertThat(error.getExtensions()).containsEntry("code", "VALIDATION_FAILED")
                .containsEntry("errors", List.of(Map.of("field", "title", "code", "REQUIRED", "message", "is required")));
        assertThat(error.toSpecification()).containsEntry("path", List.of("createWorkItem"));
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithAReferenceOnly() {
        var error = ErrorTranslation.ofFailure(new NullPointerException("secret detail"), List.of(), List.of("x"));

        assertThat(error.getExtensions()).containsOnlyKeys("code").containsEntry("code", ErrorCode.INTERNAL_ERROR.name());
        assertThat(error.getMessage()).doesNotContain("secret").doesNotContain("NullPointer").contains("reference");
    }

    @Test
    void validationErrorTypesBecomeUpperSnakeCodes() {
        assertThat(ErrorTranslation.upperSnake("FieldUndefined")).isEqualTo("FIELD_UNDEFINED");
        assertThat(ErrorTranslation.upperSnake("WrongType")).isEqualTo("WRONG_TYPE");
    }
}
