package io.worklane.domain.activity;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.ADA_AS_AUTHOR;
import static io.worklane.domain.Fixtures.FRIDAY;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aChange;
import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Fixtures.aWorkItemNumbered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ActivityDiffTest {

    @Test
    void each_changed_field_is_one_entry_with_its_old_and_new_value_in_field_order() {
        WorkItem before = aWorkItem();
        WorkItem after = before.change(aChange().title("Renamed").priority(Priority.HIGH)
                .type(WorkItemType.BUG).assignees(ADA, GRACE).reporter(ADA).dueDate(FRIDAY).estimateMinutes(90L)
                .labels(List.of("backend")).build(), LATER)
                .moveTo("in_progress", io.worklane.domain.workitem.WorkItemStatus.DEFAULT, LATER);

        List<ActivityEntry> entries = ActivityDiff.between(before, after, ADA_AS_AUTHOR, LATER);

        assertThat(entries).extracting(ActivityEntry::field, ActivityEntry::before, ActivityEntry::after).containsExactly(
                tuple("title", before.title(), "Renamed"),
                tuple("status", "todo", "in_progress"),
                tuple("priority", "NONE", "HIGH"),
                tuple("type", "TASK", "BUG"),
                tuple("assignees", List.of(), List.of(ADA.toString(), GRACE.toString())),
                tuple("reporter", null, ADA.toString()),
                tuple("dueDate", null, "2025-03-14"),
                tuple("estimateMinutes", null, 90L),
                tuple("labels", List.of(), List.of("backend")));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(ADA_AS_AUTHOR);
            assertThat(e.occurredAt()).isEqualTo(LATER);
            assertThat(e.workItemId()).isEqualTo(before.id());
            assertThat(e.workspaceId()).isEqualTo(before.workspaceId());
        });
        assertThat(entries).extracting(ActivityEntry::id).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void an_unchanged_item_has_no_entries_even_if_it_was_saved_again() {
        WorkItem before = aFullyFilledWorkItem();
        WorkItem after = before.change(aChange().title(before.title()).labels(before.labels()).build(), LATER);

        assertThat(ActivityDiff.between(before, after, ADA_AS_AUTHOR, LATER)).isEmpty();
    }

    @Test
    void cleared_fields_go_to_null_and_the_reordered_assignees_are_a_change() {
        WorkItem before = aFullyFilledWorkItem();
        WorkItem after = before.change(aChange().description(null).parent(null).startDate(null).assignees(GRACE, ADA)
                .build(), LATER);

        assertThat(ActivityDiff.between(before, after, ADA_AS_AUTHOR, LATER))
                .extracting(ActivityEntry::field, ActivityEntry::after).containsExactly(
                        tuple("description", null),
                        tuple("assignees", List.of(GRACE.toString(), ADA.toString())),
                        tuple("parent", null),
                        tuple("startDate", null));
    }

    @Test
    void each_custom_field_is_its_own_entry_named_by_key_added_changed_and_removed_alike() {
        WorkItem before = withCustomFields(Map.of("severity", "high", "points", 3));
        WorkItem after = before.change(aChange().customFields(Map.of("points", new BigDecimal("5"),
                "approved", true)).build(), LATER);

        assertThat(ActivityDiff.between(before, after, ADA_AS_AUTHOR, LATER))
                .extracting(ActivityEntry::field, ActivityEntry::before, ActivityEntry::after).containsExactly(
                        tuple("customFields.approved", null, true),
                        tuple("customFields.points", 3, new BigDecimal("5")),
                        tuple("customFields.severity", "high", null));
    }

    @Test
    void numbers_compare_by_value_and_nested_values_by_content() {
        Map<String, Object> money = new LinkedHashMap<>(Map.of("amount", "12.50", "currency", "EUR"));
        WorkItem before = withCustomFields(Map.of("points", 5, "budget", money, "tags", List.of("a", "b")));
        WorkItem after = before.change(aChange().customFields(Map.of("points", new BigDecimal("5.0"),
                "budget", Map.of("currency", "EUR", "amount", "12.50"), "tags", List.of("a", "b"))).build(), LATER);

        assertThat(ActivityDiff.between(before, after, ADA_AS_AUTHOR, LATER)).isEmpty();
    }

    @Test
    void only_two_versions_of_one_item_can_be_compared() {
        assertThatThrownBy(() -> ActivityDiff.between(aWorkItemNumbered(1), aWorkItemNumbered(2), ADA_AS_AUTHOR, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void created_and_deleted_carry_the_whole_item_with_its_key_and_without_empty_fields() {
        WorkItem item = aWorkItem();

        ActivityEntry created = ActivityEntry.created(item, ADA_AS_AUTHOR, NOW);
        ActivityEntry deleted = ActivityEntry.deleted(item, ADA_AS_AUTHOR, LATER);

        assertThat(created.field()).isEqualTo("created");
        assertThat(created.before()).isNull();
        assertThat(created.after()).isEqualTo(Map.of("key", "ENG-1", "title", item.title(), "status", "todo",
                "priority", "NONE", "type", "TASK", "assignees", List.of(), "labels", List.of()));
        assertThat(deleted.field()).isEqualTo("deleted");
        assertThat(deleted.before()).isEqualTo(created.after());
        assertThat(deleted.after()).isNull();
        assertThat(deleted.occurredAt()).isEqualTo(LATER);
    }

    private static WorkItem withCustomFields(Map<String, Object> values) {
        return aWorkItem().change(aChange().customFields(values).build(), NOW);
    }
}
