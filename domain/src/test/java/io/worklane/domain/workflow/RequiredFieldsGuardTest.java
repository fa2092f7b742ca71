package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.FRIDAY;
import static io.worklane.domain.Fixtures.MONDAY;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProject;
import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.NewWorkItemBuilder;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequiredFieldsGuardTest {
    private static final List<String> ITEM_FIELDS = List.of("title", "description", "priority", "assignees",
            "reporter", "parent", "startDate", "dueDate", "estimateMinutes", "labels");

    private static GuardResult evaluate(WorkItem item, String... fields) {
        return Guard.requiredFields(fields).evaluate(aMemberMoving(item));
    }

    private static WorkItem itemWith(NewWorkItemBuilder request) {
        return WorkItem.create(aProject(), 1, request.build(), NOW);
    }

    private static WorkItem everythingFilled() {
        return itemWith(aNewWorkItem().description("Why and how").priority(Priority.HIGH).assignedTo(ADA)
                .reportedBy(ADA).parent(UUID.randomUUID()).starting(MONDAY).due(FRIDAY).estimateMinutes(60L)
                .labels("backend"));
    }

    @Test
    void passes_when_every_named_field_is_filled_and_says_so() {
        GuardResult result = evaluate(everythingFilled(), ITEM_FIELDS.toArray(String[]::new));

        assertThat(result).isEqualTo(new GuardResult(GuardType.REQUIRED_FIELDS, true, "All required fields are filled."));
    }

    @Test
    void fails_naming_the_empty_fields_in_the_guard_order() {
        GuardResult result = evaluate(aWorkItem(), "title", "dueDate", "assignees");

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).isEqualTo("Fill in dueDate and assignees first.");
    }

    @Test
    void three_empty_fields_read_as_a_list() {
        assertThat(evaluate(aWorkItem(), "reporter", "labels", "startDate").reason())
                .isEqualTo("Fill in reporter, labels and startDate first.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"description", "priority", "assignees", "reporter", "parent", "startDate", "dueDate",
            "estimateMinutes", "labels"})
    void each_item_field_counts_as_empty_on_a_bare_item_and_filled_on_a_full_one(String field) {
        assertThat(evaluate(aWorkItem(), field).reason()).isEqualTo("Fill in " + field + " first.");
        assertThat(evaluate(everythingFilled(), field).passed()).isTrue();
    }

    @Test
    void priority_NONE_is_empty_and_any_other_priority_is_filled() {
        assertThat(evaluate(itemWith(aNewWorkItem().priority(Priority.NONE)), "priority").passed()).isFalse();
        assertThat(evaluate(itemWith(aNewWorkItem().priority(Priority.LOW)), "priority").passed()).isTrue();
    }

    @Test
    void a_blank_description_is_empty() {
        assertThat(evaluate(itemWith(aNewWorkItem().description("   ")), "description").passed()).isFalse();
    }

    @Test
    void a_custom_field_is_filled_by_any_value_but_null_blank_text_or_an_empty_list() {
        WorkItem item = itemWith(aNewWorkItem().customField("severity", "high").customField("note", " ")
                .customField("tags", List.of()).customField("signed", false).customField("cost", 0));

        assertThat(evaluate(item, "customFields.severity", "customFields.signed", "customFields.cost").passed())
                .isTrue();
        assertThat(evaluate(item, "customFields.note", "customFields.tags", "customFields.missing").reason())
                .isEqualTo("Fill in customFields.note, customFields.tags and customFields.missing first.");
    }

    @Test
    void knows_the_item_fields_and_any_lower_snake_custom_field() {
        assertThat(ITEM_FIELDS).allMatch(RequiredFieldsGuard::isKnownField);
        assertThat(RequiredFieldsGuard.isKnownField("customFields.cost_center")).isTrue();
        assertThat(RequiredFieldsGuard.isKnownField("customFields.")).isFalse();
        assertThat(RequiredFieldsGuard.isKnownField("customFields.Cost")).isFalse();
        assertThat(RequiredFieldsGuard.isKnownField("status")).isFalse();
        assertThat(RequiredFieldsGuard.isKnownField("assigneeIds")).isFalse();
        assertThat(RequiredFieldsGuard.isKnownField(null)).isFalse();
    }
}
