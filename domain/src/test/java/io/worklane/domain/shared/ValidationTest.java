package io.worklane.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ValidationTest {

    @Test
    void text_length_counts_characters_not_utf16_units() {
        String fiveEmoji = "😀".repeat(5);

        assertThat(new Validation().text(fiveEmoji, "name", 1, 5).ok()).isTrue();
        assertThat(new Validation().text(fiveEmoji + "😀", "name", 1, 5).errors())
                .extracting(FieldError::code).containsExactly("TOO_LONG");
    }

    @Test
    void a_blank_text_is_missing_when_one_is_required() {
        assertThat(new Validation().text("   ", "name", 1, 5).errors())
                .extracting(FieldError::code).containsExactly("REQUIRED");
        assertThat(new Validation().text(null, "name", 1, 5).errors())
                .extracting(FieldError::code).containsExactly("REQUIRED");
        assertThat(new Validation().text(null, "note", 0, 5).ok()).isTrue();
    }

    @Test
    void all_errors_are_refused_at_once() {
        Validation twoErrors = new Validation()
                .require(false, "a", "X", "first")
                .require(true, "b", "Y", "fine")
                .require(false, "c", "Z", "second");

        assertThatThrownBy(twoErrors::orThrow)
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
                    assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
                            .containsExactly(tuple("a", "X"), tuple("c", "Z"));
                })
                .hasMessage("a: first (and 1 more)");
    }
}
