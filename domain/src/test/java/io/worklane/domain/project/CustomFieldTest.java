package io.worklane.domain.project;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aField;
import static io.worklane.domain.Fixtures.aSelectField;
import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CustomFieldTest {
    private static final UUID PROJECT_ID = UUID.fromString("0195a2b0-0000-7000-8000-0000000000e1");

    private static CustomField define(String key, CustomFieldType type, List<String> options) {
        return CustomField.define(WORKSPACE_ID, PROJECT_ID, key, "Severity", type, options, false, NOW);
    }

    @ParameterizedTest
    @EnumSource(value = CustomFieldType.class, names = {"SELECT", "MULTI_SELECT"})
    void a_choice_field_needs_at_least_one_option(CustomFieldType type) {
        assertThatThrownBy(() -> define("severity", type, List.of()))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "REQUIRED"));
        assertThatThrownBy(() -> define("severity", type, null))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "REQUIRED"));
    }

    @ParameterizedTest
    @EnumSource(value = CustomFieldType.class, names = {"SELECT", "MULTI_SELECT"}, mode = EnumSource.Mode.EXCLUDE)
    void any_other_field_has_no_options(CustomFieldType type) {
        assertThatCode(() -> define("severity", type, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> define("severity", type, List.of("low")))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "NOT_ALLOWED"));
    }

    @Test
    void options_are_unique() {
        assertThatThrownBy(() -> define("severity", CustomFieldType.SELECT, List.of("low", "high", "low")))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "DUPLICATE"));
    }

    @Test
    void a_field_has_at_most_100_options() {
        List<String> hundred = IntStream.range(0, 100).mapToObj(i -> "option " + i).toList();
        List<String> hundredAndOne = IntStream.range(0, 101).mapToObj(i -> "option " + i).toList();

        assertThatCode(() -> define("severity", CustomFieldType.SELECT, hundred)).doesNotThrowAnyException();
        assertThatThrownBy(() -> define("severity", CustomFieldType.SELECT, hundredAndOne))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "TOO_MANY"));
    }

    @Test
    void each_option_has_1_to_100_characters() {
        assertThatThrownBy(() -> define("severity", CustomFieldType.SELECT, List.of("low", " ")))
                .isInstanceOfSatisfying(DomainException.class, invalid("options[1]", "REQUIRED"));
        assertThatThrownBy(() -> define("severity", CustomFieldType.SELECT, List.of("x".repeat(101))))
                .isInstanceOfSatisfying(DomainException.class, invalid("options[0]", "TOO_LONG"));
    }
    @Test
    void a_null_option_is_refused_with_a_field_error() {
        assertThatThrownBy(() -> define("severity", CustomFieldType.SELECT, Arrays.asList("low", null)))
                .isInstanceOfSatisfying(DomainException.class, invalid("options[1]", "REQUIRED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"severity", "s", "due_quarter", "cost_2025", "a234567890123456789012345678901234567890"})
    void a_key_is_lower_snake_case_starting_with_a_letter(String key) {
        assertThat(define(key, CustomFieldType.TEXT, null).key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Severity", "2fast", "_hidden", "due-date", "due date", "sévérité", "",
            "a2345678901234567890123456789012345678901"})
    void any_other_key_is_refused(String key) {
        assertThatThrownBy(() -> define(key, CustomFieldType.TEXT, null))
                .isInstanceOfSatisfying(DomainException.class, invalid("key"));
    }

    @Test
    void a_type_and_a_name_are_required() {
        assertThatThrownBy(() -> define("severity", null, null))
                .isInstanceOfSatisfying(DomainException.class, invalid("type", "REQUIRED"));
        assertThatThrownBy(() -> CustomField.define(WORKSPACE_ID, PROJECT_ID, "severity", "", CustomFieldType.TEXT,
                null, false, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }

    @Test
    void a_change_sets_name_options_and_required_but_keeps_key_and_type() {
        CustomField before = aSelectField("severity", "low", "high");

        CustomField after = before.change(Change.to("Impact"), Change.to(List.of("low", "medium", "high")),
                Change.to(true), LATER);

        assertThat(after.key()).isEqualTo("severity");
        assertThat(after.type()).isEqualTo(CustomFieldType.SELECT);
        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.name()).isEqualTo("Impact");
        assertThat(after.options()).containsExactly("low", "medium", "high");
        assertThat(after.required()).isTrue();
        assertThat(after.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_of_nothing_keeps_everything_but_the_update_time() {
        CustomField before = aSelectField("severity", "low", "high");

        CustomField after = before.change(Change.absent(), Change.absent(), Change.absent(), LATER);

        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
    }

    @Test
    void a_change_is_checked_like_a_new_field() {
        assertThatThrownBy(() -> aSelectField("severity", "low").change(Change.absent(), Change.to(null),
                Change.absent(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "REQUIRED"));
        assertThatThrownBy(() -> aField("notes", CustomFieldType.TEXT).change(Change.absent(),
                Change.to(List.of("a")), Change.absent(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("options", "NOT_ALLOWED"));
    }

    @Test
    void clearing_required_makes_the_field_optional() {
        CustomField required = CustomField.define(WORKSPACE_ID, PROJECT_ID, "severity", "Severity",
                CustomFieldType.TEXT, null, true, NOW);

        assertThat(required.change(Change.absent(), Change.absent(), Change.to(null), LATER).required()).isFalse();
    }
}
