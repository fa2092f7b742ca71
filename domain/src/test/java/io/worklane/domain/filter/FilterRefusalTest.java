package io.worklane.domain.filter;

import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.Priority;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refusal says what is wrong, where (1-based position) and, when it helps, what would do. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FilterRefusalTest {
    private static final String KNOWN = "key, title, description, status, priority, type, assignees, reporter, "
            + "parent, labels, startDate, dueDate, estimateMinutes, createdAt, updatedAt, completedAt, customFields.<key>";

    private static String refusal(String text) {
        DomainException e = catchThrowableOfType(DomainException.class, () -> FilterExpression.parse(text));
        assertThat(e).as("refusal of %s", text).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(tuple("filter", "INVALID_FILTER"));
        return e.errors().get(0).message();
    }

    @Test
    void an_unknown_field_is_named_with_the_known_ones() {
        assertThat(refusal("prioriy = HIGH")).isEqualTo("Unknown field 'prioriy' at position 1; known fields: " + KNOWN);
    }

    @Test
    void an_unknown_enum_value_is_named_with_the_allowed_ones() {
        assertThat(refusal("priority = HIHG"))
                .isEqualTo("Unknown priority 'HIHG' at position 12; allowed: NONE, LOW, MEDIUM, HIGH, URGENT");
        assertThat(refusal("type IN (BUG, \"EPICS\")"))
                .isEqualTo("Unknown type \"EPICS\" at position 15; allowed: TASK, BUG, STORY, EPIC, MILESTONE, REQUEST");
        assertThat(refusal("priority > 3"))
                .isEqualTo("Unknown priority '3' at position 12; allowed: NONE, LOW, MEDIUM, HIGH, URGENT");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "priority =                   | Expected a value after '=' at position 11",
            "priority = AND type = BUG    | Expected a value after '=' at position 12; found 'AND' (quote it to use it as a value)",
            "priority = )                 | Expected a value after '=' at position 12; found ')'",
            "NOT (priority = HIGH         | Unclosed '(' opened at position 5; add ')'",
            "priority IN (HIGH            | Unclosed '(' opened at position 13; add ')'",
            "priority = HIGH)             | Unexpected ')' at position 16; it closes no '('",
            "priority = HIGH URGENT       | Expected AND, OR or the end of the filter at position 17; found 'URGENT'",
            "(priority = HIGH URGENT)     | Expected AND, OR or ')' at position 18; found 'URGENT'",
            "priority = HIGH AND          | Expected a field name or '(' after AND at position 20; found the end of the filter",
            "priority = HIGH OR NOT       | Expected a field name or '(' after NOT at position 23; found the end of the filter",
            "()                           | Expected a field name or '(' after '(' at position 2; found ')'",
            "= HIGH                       | Expected a field name or '(' at position 1; found '='",
            "\"title\" = x                | Expected a field name or '(' at position 1; found \"title\"",
            "priority HIGH                | Expected an operator after 'priority' at position 10; found 'HIGH'; use one of =, !=, <, <=, >, >=, ~, IN, NOT IN, CONTAINS, IS EMPTY, IS NOT EMPTY",
            "priority                     | Expected an operator after 'priority' at position 9; use one of =, !=, <, <=, >, >=, ~, IN, NOT IN, CONTAINS, IS EMPTY, IS NOT EMPTY",
            "priority NOT HIGH            | Expected IN after NOT at position 14; found 'HIGH'",
            "labels IS FULL               | Expected EMPTY or NOT EMPTY after IS at position 11; found 'FULL'",
            "labels IS NOT                | Expected EMPTY after IS NOT at position 14; found the end of the filter",
            "priority IN HIGH             | Expected '(' after IN at position 13; found 'HIGH'",
            "priority IN (HIGH URGENT)    | Expected ',' or ')' at position 19; found 'URGENT'",
            "priority IN ()               | Expected a value after '(' at position 14; found ')'",
            "priority IN (HIGH,)          | Expected a value after ',' at position 19; found ')'",
            "type < BUG                   | Operator '<' does not apply to 'type' at position 6; 'type' allows =, !=, IN, NOT IN, IS EMPTY, IS NOT EMPTY",
            "labels = backend             | Operator '=' does not apply to 'labels' at position 8; 'labels' allows ~, IN, NOT IN, CONTAINS, IS EMPTY, IS NOT EMPTY",
            "title CONTAINS x             | Operator 'CONTAINS' does not apply to 'title' at position 7; 'title' allows =, !=, ~, IN, NOT IN, IS EMPTY, IS NOT EMPTY",
            "dueDate ~ 2025               | Operator '~' does not apply to 'dueDate' at position 9; 'dueDate' allows =, !=, <, <=, >, >=, IN, NOT IN, IS EMPTY, IS NOT EMPTY",
            "dueDate < tomorrow           | Expected a date for 'dueDate' at position 11; found 'tomorrow'; write YYYY-MM-DD, today, today+3d or today-1d",
            "dueDate < 2026-02-30         | Invalid date '2026-02-30' at position 11; write a real date as YYYY-MM-DD",
            "dueDate < \"soon\"           | Expected a date for 'dueDate' at position 11; found \"soon\"; write YYYY-MM-DD, today, today+3d or today-1d",
            "estimateMinutes > many       | Expected a number for 'estimateMinutes' at position 19; found 'many'",
            "estimateMinutes > 12abc      | Malformed number '12abc' at position 19; write numbers like 100 or 12.5, dates like 2026-12-01, and quote other text",
            "estimateMinutes > 1.2.3      | Malformed number '1.2.3' at position 19; write numbers like 100 or 12.5, dates like 2026-12-01, and quote other text",
            "reporter = bob               | Expected a member id (a UUID) for 'reporter' at position 12; found 'bob'",
            "parent = ENG-3               | Expected a work item id (a UUID) for 'parent' at position 10; found 'ENG-3'",
            "assignees CONTAINS 42        | Expected a member id (a UUID) for 'assignees' at position 20; found '42'",
            "customFields.Cost > 1        | Invalid custom field key 'Cost' at position 1; keys are lower_snake_case, e.g. customFields.cost",
            "customFields. > 1            | Invalid custom field key '' at position 1; keys are lower_snake_case, e.g. customFields.cost",
            "priority $ HIGH              | Unexpected character '$' at position 10",
            "priority ! HIGH              | Unexpected '!' at position 10; did you mean '!='?",
            "title = \"abc                | Unclosed string opened at position 9; end it with '\"'",
            "title = \"a\\nb\"            | Unknown escape '\\n' at position 11; inside quotes write \\\" for a quote and \\\\ for a backslash",
            "title = \"a\\                | Unknown escape '\\' at position 11; inside quotes write \\\" for a quote and \\\\ for a backslash",
    })
    void a_malformed_filter_is_refused_with_what_and_where(String text, String message) {
        assertThat(refusal(text)).isEqualTo(message);
    }

    @Test
    void an_empty_filter_is_refused() {
        assertThat(refusal("")).isEqualTo("Expected a field name at position 1; the filter is empty");
        assertThat(refusal("   ")).isEqualTo("Expected a field name at position 4; the filter is empty");
        assertThat(refusal(null)).isEqualTo("Expected a field name at position 1; the filter is empty");
    }

    @Test
    void positions_count_characters_not_utf16_units() {
        assertThat(refusal("title = \"😀😀\" AND prio = HIGH")).startsWith("Unknown field 'prio' at position 18;");
    }

    @Test
    void the_refusal_names_the_path_it_is_given() {
        assertThatThrownBy(() -> FilterExpression.parse("prio = HIGH", "actions[0].condition"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("actions[0].condition", "INVALID_FILTER")))
                .hasMessageStartingWith("actions[0].condition: Unknown field 'prio' at position 1;");
    }

    @Test
    void the_text_may_have_2000_characters_but_not_more() {
        String padded = "priority = HIGH" + " ".repeat(FilterExpression.MAX_LENGTH - 15);
        assertThat(FilterExpression.parse(padded).text()).hasSize(2000);

        assertThat(refusal(padded + " ")).isEqualTo(
                "Filter is too long at position 2001; at most 2000 characters are allowed, it has 2001");
    }

    @Test
    void parentheses_may_nest_20_deep_but_not_deeper() {
        String twenty = "(".repeat(20) + "priority = HIGH" + ")".repeat(20);
        assertThat(FilterExpression.parse(twenty).matches(aWorkItem(aNewWorkItem().priority(Priority.HIGH)))).isTrue();

        assertThat(refusal("(" + twenty + ")"))
                .isEqualTo("Nesting deeper than 20 levels at position 21; remove some parentheses");
    }

    @Test
    void a_filter_may_have_100_conditions_but_not_more() {
        String hundred = "priority = HIGH" + " OR priority = LOW".repeat(99);
        assertThat(FilterExpression.parse(hundred).fields()).containsExactly("priority");

        assertThat(refusal(hundred + " OR type = BUG"))
                .isEqualTo("More than 100 conditions at position " + (hundred.length() + 5)
                        + "; split the filter into simpler ones");
    }

    @Test
    void a_long_chain_of_nots_is_read_without_exhausting_the_stack() {
        FilterExpression f = FilterExpression.parse("NOT ".repeat(490) + "priority = HIGH");

        assertThat(f.matches(aWorkItem(aNewWorkItem().priority(Priority.HIGH)), LocalDate.EPOCH)).isTrue();
    }
}
