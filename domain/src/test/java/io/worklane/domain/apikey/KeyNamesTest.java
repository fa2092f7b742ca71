package io.worklane.domain.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.shared.FieldError;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KeyNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "tab\tname", "new\nline", "del\u007F", "c1\u0085",
        "rlo\u202Etxt", "lri\u2066x", "zero\u200Bwidth", "bom\uFEFF", "soft\u00ADhyphen", "line\u2028sep",
        "para\u2029sep", "non\uFFFEchar", "non\uFDD0char", "lone \uD800 high", "lone \uDC00 low"})
    void a_name_with_a_control_invisible_or_broken_character_is_refused(String name) {
        assertThat(KeyNames.oddCharacter("name", name)).get().extracting(FieldError::code)
                .isEqualTo("INVALID_CHARACTERS");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Billing sync", "Café", "Zürich ↔ Köln", "日本語のキー", "مفتاح", "👩\u200D💻 dev",
        "🇫🇷 export", "नमस्ते", "ZW\u200Cnj", "🫠 new emoji"})
    void ordinary_names_in_any_script_with_emoji_are_accepted(String name) {
        assertThat(KeyNames.oddCharacter("name", name)).isEmpty();
    }

    @Test
    void the_refusal_names_the_character() {
        assertThat(KeyNames.oddCharacter("name", "a\u202Eb")).get().extracting(FieldError::message).asString()
                .contains("U+202E");
    }

    @Test
    void names_are_stripped_and_composed() {
        assertThat(KeyNames.normalise("  Cafe\u0301 \t")).isEqualTo("Caf\u00E9");
        assertThat(KeyNames.normalise(null)).isNull();
    }
}
