package io.worklane.domain.filter;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.aDoneWorkItem;
import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemStatus;
import io.worklane.domain.workitem.WorkItemType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Filters over real work items. {@link io.worklane.domain.Fixtures#aFullyFilledWorkItem()} is ENG-1,
 * a TASK in todo, assigned to Ada and Grace, reported by Ada, due on Friday 2025-03-14, 90 minutes,
 * labelled backend and urgent, with customFields.severity = "high", created on 2025-03-10.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FilterEvaluationTest {
    private static final LocalDate TODAY = LocalDate.parse("2025-03-12");

    private static boolean matches(String filter, WorkItem item) {
        return FilterExpression.parse(filter).matches(item, TODAY);
    }

    private static WorkItem withPriority(Priority priority) {
        return aWorkItem(aNewWorkItem().priority(priority));
    }

    private static WorkItem withCustomField(String key, Object value) {
        return aWorkItem(aNewWorkItem().customField(key, value));
    }

    @Test
    void priority_compares_by_equality_and_by_order() {
        assertThat(matches("priority = HIGH", withPriority(Priority.HIGH))).isTrue();
        assertThat(matches("priority = HIGH", withPriority(Priority.LOW))).isFalse();
        assertThat(matches("priority >= HIGH", withPriority(Priority.URGENT))).isTrue();
        assertThat(matches("priority >= HIGH", withPriority(Priority.MEDIUM))).isFalse();
        assertThat(matches("priority < LOW", withPriority(Priority.NONE))).isTrue();
        assertThat(matches("priority IN (HIGH, URGENT)", withPriority(Priority.URGENT))).isTrue();
        assertThat(matches("priority NOT IN (HIGH, URGENT)", withPriority(Priority.URGENT))).isFalse();
    }

    @Test
    void text_equality_is_exact_and_tilde_contains_ignoring_case() {
        WorkItem item = aWorkItem(aNewWorkItem().titled("Send the INVOICE to ACME"));

        assertThat(matches("title ~ \"invoice\"", item)).isTrue();
        assertThat(matches("title ~ acme", item)).isTrue();
        assertThat(matches("title ~ \"receipt\"", item)).isFalse();
        assertThat(matches("title = \"Send the INVOICE to ACME\"", item)).isTrue();
        assertThat(matches("title = \"send the invoice to acme\"", item)).isFalse();
    }

    @Test
    void status_key_and_type_compare_by_equality() {
        WorkItem bug = aWorkItem(aNewWorkItem().type(WorkItemType.BUG).status(WorkItemStatus.IN_PROGRESS));

        assertThat(matches("status = in_progress", bug)).isTrue();
        assertThat(matches("status != done", bug)).isTrue();
        assertThat(matches("status != done", aDoneWorkItem())).isFalse();
        assertThat(matches("status IN (todo, done)", bug)).isFalse();
        assertThat(matches("key = ENG-1", bug)).isTrue();
        assertThat(matches("key ~ eng", bug)).isTrue();
        assertThat(matches("type = bug", bug)).isTrue();
        assertThat(matches("type IN (TASK, STORY)", bug)).isFalse();
    }

    @Test
    void list_fields_contain_hold_any_of_and_can_be_empty() {
        WorkItem item = aFullyFilledWorkItem();

        assertThat(matches("labels CONTAINS backend", item)).isTrue();
        assertThat(matches("labels CONTAINS \"customer\"", item)).isFalse();
        assertThat(matches("labels IN (customer, urgent)", item)).isTrue();
        assertThat(matches("labels NOT IN (customer, urgent)", item)).isFalse();
        assertThat(matches("labels ~ END", item)).isTrue();
        assertThat(matches("assignees CONTAINS " + GRACE, item)).isTrue();
        assertThat(matches("assignees IS EMPTY", item)).isFalse();
        assertThat(matches("assignees IS EMPTY", aWorkItem())).isTrue();
        assertThat(matches("labels IS NOT EMPTY", aWorkItem())).isFalse();
        assertThat(matches("labels CONTAINS backend", aWorkItem())).isFalse();
    }

    @Test
    void people_and_parent_compare_by_id() {
        WorkItem item = aFullyFilledWorkItem();

        assertThat(matches("reporter = " + ADA, item)).isTrue();
        assertThat(matches("reporter IN (\"" + GRACE + "\")", item)).isFalse();
        assertThat(matches("parent = 0195a2b0-0000-7000-8000-0000000000ff", item)).isTrue();
        assertThat(matches("parent IS EMPTY", aWorkItem())).isTrue();
        assertThat(matches("reporter != " + ADA, aWorkItem())).isTrue();
    }

    @Test
    void dates_compare_with_fixed_and_relative_dates() {
        WorkItem dueFriday = aFullyFilledWorkItem(); // due 2025-03-14, today is 2025-03-12

        assertThat(matches("dueDate < 2026-12-01", dueFriday)).isTrue();
        assertThat(matches("dueDate = 2025-03-14", dueFriday)).isTrue();
        assertThat(matches("dueDate <= today+2d", dueFriday)).isTrue();
        assertThat(matches("dueDate <= today+1d", dueFriday)).isFalse();
        assertThat(matches("dueDate > today", dueFriday)).isTrue();
        assertThat(matches("startDate = today-2d", dueFriday)).isTrue();
        assertThat(matches("dueDate IN (2025-03-13, 2025-03-14)", dueFriday)).isTrue();
    }

    @Test
    void today_is_the_evaluation_date() {
        FilterExpression overdue = FilterExpression.parse("dueDate < today");
        WorkItem dueFriday = aFullyFilledWorkItem();

        assertThat(overdue.matches(dueFriday, LocalDate.parse("2025-03-14"))).isFalse();
        assertThat(overdue.matches(dueFriday, LocalDate.parse("2025-03-15"))).isTrue();
        assertThat(overdue.matches(dueFriday)).isTrue(); // the real today is long after 2025
    }

    @Test
    void timestamps_compare_by_their_utc_date() {
        assertThat(matches("createdAt = 2025-03-10", aWorkItem())).isTrue();
        assertThat(matches("updatedAt < today", aWorkItem())).isTrue();
        assertThat(matches("completedAt IS EMPTY", aWorkItem())).isTrue();
        assertThat(matches("completedAt = 2025-03-10", aDoneWorkItem())).isTrue();
    }

    @Test
    void numbers_compare_by_value() {
        WorkItem ninetyMinutes = aFullyFilledWorkItem();

        assertThat(matches("estimateMinutes > 60", ninetyMinutes)).isTrue();
        assertThat(matches("estimateMinutes = 90.0", ninetyMinutes)).isTrue();
        assertThat(matches("estimateMinutes <= 89.5", ninetyMinutes)).isFalse();
        assertThat(matches("estimateMinutes > 60", aWorkItem())).isFalse();
    }

    @Test
    void an_empty_field_fails_every_comparison_but_the_negated_ones() {
        WorkItem bare = aWorkItem(); // no description, due date, estimate, reporter or labels

        assertThat(matches("dueDate < 2030-01-01", bare)).isFalse();
        assertThat(matches("dueDate >= 2000-01-01", bare)).isFalse();
        assertThat(matches("description ~ \"\"", bare)).isFalse();
        assertThat(matches("dueDate != 2030-01-01", bare)).isTrue();
        assertThat(matches("estimateMinutes NOT IN (1, 2)", bare)).isTrue();
        assertThat(matches("NOT (dueDate = 2030-01-01)", bare)).isTrue();
        assertThat(matches("description IS EMPTY", bare)).isTrue();
        assertThat(matches("description IS EMPTY", aWorkItem(aNewWorkItem().description("  ")))).isTrue();
    }

    @Test
    void custom_numbers_and_money_compare_as_numbers() {
        assertThat(matches("customFields.cost >= 100", withCustomField("cost", new BigDecimal("150")))).isTrue();
        assertThat(matches("customFields.cost >= 100", withCustomField("cost", new BigDecimal("99.99")))).isFalse();
        assertThat(matches("customFields.cost = 7", withCustomField("cost", 7))).isTrue();
        Map<String, Object> money = Map.of("amount", "120.50", "currency", "EUR");
        assertThat(matches("customFields.cost > 120.49", withCustomField("cost", money))).isTrue();
    }

    @Test
    void custom_texts_dates_booleans_and_lists_compare_by_their_runtime_type() {
        assertThat(matches("customFields.severity = high", aFullyFilledWorkItem())).isTrue();
        assertThat(matches("customFields.severity ~ IG", aFullyFilledWorkItem())).isTrue();
        assertThat(matches("customFields.launch < 2025-04-01", withCustomField("launch", "2025-03-20"))).isTrue();
        assertThat(matches("customFields.launch > today+7d", withCustomField("launch", "2025-03-20"))).isTrue();
        assertThat(matches("customFields.billable = true", withCustomField("billable", true))).isTrue();
        assertThat(matches("customFields.billable != true", withCustomField("billable", false))).isTrue();
        WorkItem tagged = withCustomField("regions", List.of("emea", "apac"));
        assertThat(matches("customFields.regions CONTAINS apac", tagged)).isTrue();
        assertThat(matches("customFields.regions IN (amer, emea)", tagged)).isTrue();
        assertThat(matches("customFields.regions CONTAINS amer", tagged)).isFalse();
    }

    @Test
    void a_custom_value_of_another_type_than_the_literal_never_equals_it() {
        WorkItem cost = withCustomField("cost", new BigDecimal("150"));

        assertThat(matches("customFields.cost = \"150\"", cost)).isFalse();
        assertThat(matches("customFields.cost != \"150\"", cost)).isTrue();
        assertThat(matches("customFields.cost > 2025-01-01", cost)).isFalse();
        assertThat(matches("customFields.billable = \"true\"", withCustomField("billable", true))).isFalse();
        assertThat(matches("customFields.billable = 1", withCustomField("billable", true))).isFalse();
        assertThat(matches("customFields.note = true", withCustomField("note", "true"))).isTrue(); // read as text
    }

    @Test
    void a_missing_custom_field_is_empty() {
        assertThat(matches("customFields.cost IS EMPTY", aWorkItem())).isTrue();
        assertThat(matches("customFields.cost >= 0", aWorkItem())).isFalse();
        assertThat(matches("customFields.cost != 0", aWorkItem())).isTrue();
    }

    @Test
    void boolean_operators_combine_as_written() {
        WorkItem urgentBug = aWorkItem(aNewWorkItem().priority(Priority.URGENT).type(WorkItemType.BUG));

        assertThat(matches("priority = URGENT AND type = BUG", urgentBug)).isTrue();
        assertThat(matches("priority = LOW AND type = BUG", urgentBug)).isFalse();
        assertThat(matches("priority = LOW OR type = BUG", urgentBug)).isTrue();
        assertThat(matches("type = BUG OR priority = LOW AND type = TASK", urgentBug)).isTrue();
        assertThat(matches("(type = BUG OR priority = LOW) AND type = TASK", urgentBug)).isFalse();
        assertThat(matches("NOT type = BUG OR priority = URGENT", urgentBug)).isTrue();
        assertThat(matches("NOT (type = BUG OR priority = URGENT)", urgentBug)).isFalse();
    }

    @Test
    void the_spec_examples_match_what_they_say() {
        WorkItem item = aWorkItem(aNewWorkItem().priority(Priority.HIGH).due(LocalDate.parse("2026-11-30"))
                .labels("customer"));

        assertThat(matches("priority IN (HIGH, URGENT) AND dueDate < 2026-12-01", item)).isTrue();
        assertThat(matches("labels CONTAINS \"customer\" OR NOT (assignees IS EMPTY)", item)).isTrue();
        assertThat(matches("labels CONTAINS \"vip\" OR NOT (assignees IS EMPTY)", item)).isFalse();
    }
}
