package io.worklane.domain.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How texts are read: the canonical form puts every AND and OR group in parentheses. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FilterParsingTest {

    private static String canonical(String text) {
        return FilterExpression.parse(text).canonical();
    }

    @Test
    void and_binds_tighter_than_or() {
        assertThat(canonical("priority = HIGH OR type = BUG AND status = done"))
                .isEqualTo("(priority = HIGH OR (type = BUG AND status = \"done\"))");
        assertThat(canonical("type = BUG AND status = done OR priority = HIGH"))
                .isEqualTo("((type = BUG AND status = \"done\") OR priority = HIGH)");
    }

    @Test
    void not_binds_tighter_than_and() {
        assertThat(canonical("NOT priority = HIGH AND type = BUG"))
                .isEqualTo("(NOT priority = HIGH AND type = BUG)");
        assertThat(canonical("NOT NOT type = BUG")).isEqualTo("NOT NOT type = BUG");
    }

    @Test
    void parentheses_group_first() {
        assertThat(canonical("(priority = HIGH OR type = BUG) AND status = done"))
                .isEqualTo("((priority = HIGH OR type = BUG) AND status = \"done\")");
        assertThat(canonical("NOT (assignees IS EMPTY OR ((labels CONTAINS x)))"))
                .isEqualTo("NOT (assignees IS EMPTY OR labels CONTAINS \"x\")");
    }

    @Test
    void a_chain_of_the_same_operator_is_one_group() {
        assertThat(canonical("type = BUG AND type = TASK AND type = EPIC"))
                .isEqualTo("(type = BUG AND type = TASK AND type = EPIC)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "priority = HIGH            | priority = HIGH",
            "priority != HIGH           | priority != HIGH",
            "priority < HIGH            | priority < HIGH",
            "priority <= HIGH           | priority <= HIGH",
            "priority > LOW             | priority > LOW",
            "priority >= LOW            | priority >= LOW",
            "title ~ invoice            | title ~ \"invoice\"",
            "priority IN (HIGH, URGENT) | priority IN (HIGH, URGENT)",
            "priority NOT IN (NONE)     | priority NOT IN (NONE)",
            "labels CONTAINS customer   | labels CONTAINS \"customer\"",
            "dueDate IS EMPTY           | dueDate IS EMPTY",
            "dueDate IS NOT EMPTY       | dueDate IS NOT EMPTY",
    })
    void every_operator_is_read(String text, String expected) {
        assertThat(canonical(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title = \"Pay the invoice\"                               | title = \"Pay the invoice\"",
            "status = in_progress                                      | status = \"in_progress\"",
            "key = ENG-4                                               | key = \"ENG-4\"",
            "dueDate < 2026-12-01                                      | dueDate < 2026-12-01",
            "dueDate < \"2026-12-01\"                                  | dueDate < 2026-12-01",
            "estimateMinutes >= 90                                     | estimateMinutes >= 90",
            "customFields.cost >= 12.5                                 | customFields.cost >= 12.5",
            "customFields.balance > -3                                 | customFields.balance > -3",
            "customFields.billable = true                              | customFields.billable = true",
            "customFields.billable = FALSE                             | customFields.billable = FALSE",
            "dueDate <= today                                          | dueDate <= today",
            "dueDate <= today+3d                                       | dueDate <= today+3d",
            "dueDate >= TODAY-1d                                       | dueDate >= today-1d",
            "reporter = 0195a2b0-0000-7000-8000-00000000ada0           | reporter = 0195a2b0-0000-7000-8000-00000000ada0",
            "assignees CONTAINS \"0195a2b0-0000-7000-8000-00000000ada0\" | assignees CONTAINS 0195a2b0-0000-7000-8000-00000000ada0",
    })
    void every_kind_of_literal_is_read(String text, String expected) {
        assertThat(canonical(text)).isEqualTo(expected);
    }

    @Test
    void quoted_text_keeps_escaped_quotes_and_backslashes() {
        assertThat(canonical("title = \"say \\\"hi\\\" to C:\\\\temp\""))
                .isEqualTo("title = \"say \\\"hi\\\" to C:\\\\temp\"");
        FilterExpression f = FilterExpression.parse("title = \"a \\\"b\\\" \\\\ c\"");
        Node.Predicate p = (Node.Predicate) f.root();
        assertThat(p.values()).containsExactly("a \"b\" \\ c");
    }

    @Test
    void keywords_field_names_and_enum_values_ignore_case() {
        assertThat(canonical("PRIORITY in (high, Urgent) and NOT labels contains x or Title ~ y"))
                .isEqualTo("((priority IN (HIGH, URGENT) AND NOT labels CONTAINS \"x\") OR title ~ \"y\")");
        assertThat(canonical("dueDate is not empty")).isEqualTo("dueDate IS NOT EMPTY");
    }

    @Test
    void spaces_around_symbols_are_optional() {
        assertThat(canonical("priority=HIGH AND(dueDate<today-1d)")).isEqualTo("(priority = HIGH AND dueDate < today-1d)");
    }

    @Test
    void fields_lists_the_fields_used_in_their_canonical_spelling() {
        FilterExpression f = FilterExpression.parse(
                "DUEDATE < today AND (priority = HIGH OR customFields.cost > 1 OR priority = LOW)");

        assertThat(f.fields()).containsExactly("dueDate", "priority", "customFields.cost");
    }

    @Test
    void the_text_is_kept_as_written_and_identifies_the_expression() {
        FilterExpression f = FilterExpression.parse("priority = high ");

        assertThat(f.text()).isEqualTo("priority = high ");
        assertThat(f).isEqualTo(FilterExpression.parse("priority = high ")).hasToString("priority = high ");
        assertThat(f).isNotEqualTo(FilterExpression.parse("priority = HIGH"));
    }

    @Test
    void the_spec_examples_parse() {
        assertThat(canonical("priority IN (HIGH, URGENT) AND dueDate < 2026-12-01"))
                .isEqualTo("(priority IN (HIGH, URGENT) AND dueDate < 2026-12-01)");
        assertThat(canonical("labels CONTAINS \"customer\" OR NOT (assignees IS EMPTY)"))
                .isEqualTo("(labels CONTAINS \"customer\" OR NOT assignees IS EMPTY)");
        assertThat(canonical("status != done")).isEqualTo("status != \"done\"");
    }
}
