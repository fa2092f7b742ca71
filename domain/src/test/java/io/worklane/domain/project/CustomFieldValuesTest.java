package io.worklane.domain.project;

import static io.worklane.domain.Fixtures.aField;
import static io.worklane.domain.Fixtures.aMultiSelectField;
import static io.worklane.domain.Fixtures.aRequiredField;
import static io.worklane.domain.Fixtures.aSelectField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.worklane.domain.shared.FieldError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CustomFieldValuesTest {
    private static final UUID GRACE = UUID.fromString("0195a2b0-0000-7000-8000-00000000cafe");

    /** Checks one value of {@code field} given under the field's key. */
    private static CustomFieldValues.Checked check(CustomField field, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(field.key(), value);
        return CustomFieldValues.check(List.of(field), values);
    }

    private static void assertAccepted(CustomFieldValues.Checked checked, String key, Object normalised) {
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.values()).containsExactly(entry(key, normalised));
    }

    private static void assertRefused(CustomFieldValues.Checked checked, String key) {
        assertThat(checked.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("customFields." + key, "INVALID_VALUE"));
        assertThat(checked.values()).doesNotContainKey(key);
    }

    @Nested
    class A_text_field {
        private final CustomField notes = aField("notes", CustomFieldType.TEXT);

        @Test
        void takes_a_text_of_up_to_10000_characters() {
            assertAccepted(check(notes, "Customer called twice"), "notes", "Customer called twice");
            assertAccepted(check(notes, "x".repeat(10_000)), "notes", "x".repeat(10_000));
        }

        @Test
        void refuses_a_longer_text_or_anything_but_text() {
            assertRefused(check(notes, "x".repeat(10_001)), "notes");
            assertRefused(check(notes, 42), "notes");
            assertRefused(check(notes, List.of("a")), "notes");
        }
    }

    @Nested
    class A_number_field {
        private final CustomField storyPoints = aField("story_points", CustomFieldType.NUMBER);

        @Test
        void keeps_any_json_number_as_a_decimal() {
            assertAccepted(check(storyPoints, 8), "story_points", new BigDecimal("8"));
            assertAccepted(check(storyPoints, 8L), "story_points", new BigDecimal("8"));
            assertAccepted(check(storyPoints, 0.1), "story_points", new BigDecimal("0.1"));
            assertAccepted(check(storyPoints, new BigDecimal("2.50")), "story_points", new BigDecimal("2.50"));
            assertAccepted(check(storyPoints, new BigInteger("12345678901234567890")), "story_points",
                    new BigDecimal("12345678901234567890"));
        }

        @Test
        void refuses_not_a_number_and_infinity() {
            assertRefused(check(storyPoints, Double.NaN), "story_points");
            assertRefused(check(storyPoints, Double.POSITIVE_INFINITY), "story_points");
            assertRefused(check(storyPoints, Double.NEGATIVE_INFINITY), "story_points");
        }
        @Test
        void refuses_a_float_that_is_not_a_number() {
            assertRefused(check(storyPoints, Float.NaN), "story_points");
            assertRefused(check(storyPoints, Float.POSITIVE_INFINITY), "story_points");
        }

        @Test
        void refuses_a_number_written_as_text() {
            assertRefused(check(storyPoints, "8"), "story_points");
            assertRefused(check(storyPoints, true), "story_points");
        }
    }

    @Nested
    class A_date_field {
        private final CustomField goLive = aField("go_live", CustomFieldType.DATE);

        @Test
        void takes_a_date_as_yyyy_mm_dd() {
            assertAccepted(check(goLive, "2025-03-10"), "go_live", "2025-03-10");
            assertAccepted(check(goLive, "2024-02-29"), "go_live", "2024-02-29");
        }

        @ParameterizedTest
        @ValueSource(strings = {"10/03/2025", "2025-3-10", "2025-02-30", "2025-03-10T09:00:00Z", "tomorrow", ""})
        void refuses_anything_else(String notADate) {
            assertRefused(check(goLive, notADate), "go_live");
        }

        @Test
        void refuses_a_date_that_is_not_text() {
            assertRefused(check(goLive, LocalDate.of(2025, 3, 10)), "go_live");
            assertRefused(check(goLive, 20250310), "go_live");
        }
    }

    @Nested
    class A_select_field {
        private final CustomField severity = aSelectField("severity", "low", "high");

        @Test
        void takes_one_of_its_options() {
            assertAccepted(check(severity, "high"), "severity", "high");
        }

        @Test
        void refuses_anything_but_one_of_its_options() {
            assertRefused(check(severity, "medium"), "severity");
            assertRefused(check(severity, "HIGH"), "severity");
            assertRefused(check(severity, List.of("high")), "severity");
        }
    }

    @Nested
    class A_multi_select_field {
        private final CustomField platforms = aMultiSelectField("platforms", "web", "ios", "android");

        @Test
        void takes_a_list_of_its_options() {
            assertAccepted(check(platforms, List.of("ios", "web")), "platforms", List.of("ios", "web"));
            assertAccepted(check(platforms, List.of()), "platforms", List.of());
        }

        @Test
        void refuses_an_entry_that_is_not_an_option() {
            assertRefused(check(platforms, List.of("web", "windows")), "platforms");
            assertRefused(check(platforms, List.of("web", 1)), "platforms");
        }

        @Test
        void refuses_an_option_twice() {
            assertRefused(check(platforms, List.of("web", "web")), "platforms");
        }

        @Test
        void refuses_a_single_option_that_is_not_a_list() {
            assertRefused(check(platforms, "web"), "platforms");
        }
    }

    @Nested
    class A_user_field {
        private final CustomField reviewer = aField("reviewer", CustomFieldType.USER);

        @Test
        void takes_a_member_id_and_reports_the_member_it_points_to() {
            CustomFieldValues.Checked checked = check(reviewer, GRACE.toString().toUpperCase());

            assertAccepted(checked, "reviewer", GRACE.toString());
            assertThat(checked.referencedMembers()).containsExactly(GRACE);
        }

        @Test
        void refuses_anything_but_an_id() {
            assertRefused(check(reviewer, "grace@example.com"), "reviewer");
            assertRefused(check(reviewer, "ENG-42"), "reviewer");
            assertRefused(check(reviewer, GRACE), "reviewer");
        }

        @Test
        void points_to_no_member_when_refused() {
            assertThat(check(reviewer, "grace").referencedMembers()).isEmpty();
        }
    }

    @Nested
    class A_money_field {
        private final CustomField budget = aField("budget", CustomFieldType.MONEY);

        private Map<String, Object> money(Object amount, Object currency) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("amount", amount);
            m.put("currency", currency);
            return m;
        }

        @Test
        void takes_a_decimal_text_and_a_currency() {
            assertAccepted(check(budget, money("12.50", "EUR")), "budget", Map.of("amount", "12.50", "currency", "EUR"));
        }

        @Test
        void scales_the_amount_to_the_currency() {
            assertAccepted(check(budget, money("12.5", "EUR")), "budget", Map.of("amount", "12.50", "currency", "EUR"));
            assertAccepted(check(budget, money("1200", "JPY")), "budget", Map.of("amount", "1200", "currency", "JPY"));
        }

        @Test
        void refuses_more_decimals_than_the_currency_has() {
            assertRefused(check(budget, money("12.5", "JPY")), "budget");
            assertRefused(check(budget, money("12.505", "EUR")), "budget");
        }

        @Test
        void refuses_an_amount_that_is_a_json_number() {
            assertRefused(check(budget, money(12.5, "EUR")), "budget");
            assertRefused(check(budget, money(12, "EUR")), "budget");
        }

        @Test
        void refuses_an_amount_that_is_not_a_decimal() {
            assertRefused(check(budget, money("twelve", "EUR")), "budget");
            assertRefused(check(budget, money("NaN", "EUR")), "budget");
            assertRefused(check(budget, money("", "EUR")), "budget");
        }

        @Test
        void refuses_a_currency_that_is_not_iso_4217() {
            assertRefused(check(budget, money("12.50", "EURO")), "budget");
            assertRefused(check(budget, money("12.50", "eur")), "budget");
            assertRefused(check(budget, money("12.50", "XXQ")), "budget");
        }

        @Test
        void refuses_anything_but_exactly_an_amount_and_a_currency() {
            Map<String, Object> withExtra = money("12.50", "EUR");
            withExtra.put("note", "approx.");

            assertRefused(check(budget, withExtra), "budget");
            assertRefused(check(budget, Map.of("amount", "12.50")), "budget");
            assertRefused(check(budget, "12.50 EUR"), "budget");
        }
        @Test
        void refuses_an_absurdly_large_amount_quickly() {
            assertTimeoutPreemptively(Duration.ofSeconds(1), () ->
                    assertRefused(check(budget, money("1e100000000", "EUR")), "budget"));
        }
    }

    @Nested
    class A_checkbox_field {
        private final CustomField billable = aField("billable", CustomFieldType.CHECKBOX);

        @Test
        void takes_true_or_false() {
            assertAccepted(check(billable, true), "billable", true);
            assertAccepted(check(billable, false), "billable", false);
        }

        @Test
        void refuses_anything_else() {
            assertRefused(check(billable, "true"), "billable");
            assertRefused(check(billable, 1), "billable");
        }
    }

    @Nested
    class A_url_field {
        private final CustomField link = aField("link", CustomFieldType.URL);

        @ParameterizedTest
        @ValueSource(strings = {"https://example.com", "http://example.com/a?b=c#d", "https://user@example.com:8443/x"})
        void takes_an_absolute_http_or_https_url(String url) {
            assertAccepted(check(link, url), "link", url);
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>",
                "ftp://example.com/file", "file:///etc/passwd", "/relative/path", "example.com", "https://",
                "http:///no-host", "https://exa mple.com", ""})
        void refuses_anything_else(String url) {
            assertRefused(check(link, url), "link");
        }

        @Test
        void refuses_a_url_longer_than_2048_characters() {
            assertRefused(check(link, "https://example.com/" + "a".repeat(2030)), "link");
        }
    }

    @Test
    void a_key_the_project_does_not_define_is_refused() {
        CustomFieldValues.Checked checked = CustomFieldValues.check(List.of(aField("notes", CustomFieldType.TEXT)),
                Map.of("colour", "blue"));

        assertThat(checked.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("customFields.colour", "UNKNOWN_CUSTOM_FIELD"));
        assertThat(checked.values()).isEmpty();
    }

    @Test
    void a_required_field_without_a_value_is_refused() {
        CustomFieldValues.Checked checked = CustomFieldValues.check(
                List.of(aRequiredField("customer", CustomFieldType.TEXT)), Map.of());

        assertThat(checked.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("customFields.customer", "REQUIRED"));
    }

    @Test
    void a_required_field_set_to_null_is_refused() {
        CustomFieldValues.Checked checked = check(aRequiredField("customer", CustomFieldType.TEXT), null);

        assertThat(checked.errors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("customFields.customer", "REQUIRED"));
    }

    @Test
    void a_required_field_with_an_invalid_value_is_reported_as_both() {
        CustomFieldValues.Checked checked = check(aRequiredField("points", CustomFieldType.NUMBER), "many");

        assertThat(checked.errors()).extracting(FieldError::code).containsExactly("INVALID_VALUE", "REQUIRED");
    }

    @Test
    void a_value_set_to_null_is_removed() {
        CustomFieldValues.Checked checked = check(aField("notes", CustomFieldType.TEXT), null);

        assertThat(checked.errors()).isEmpty();
        assertThat(checked.values()).isEmpty();
    }

    @Test
    void every_wrong_value_is_reported_at_once_and_the_good_ones_are_kept() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("notes", "fine");
        values.put("points", "many");
        values.put("colour", "blue");

        CustomFieldValues.Checked checked = CustomFieldValues.check(List.of(aField("notes", CustomFieldType.TEXT),
                aField("points", CustomFieldType.NUMBER), aRequiredField("customer", CustomFieldType.TEXT)), values);

        assertThat(checked.errors()).extracting(FieldError::field, FieldError::code).containsExactlyInAnyOrder(
                tuple("customFields.points", "INVALID_VALUE"),
                tuple("customFields.colour", "UNKNOWN_CUSTOM_FIELD"),
                tuple("customFields.customer", "REQUIRED"));
        assertThat(checked.values()).containsExactly(entry("notes", "fine"));
    }
}
