package io.worklane.domain.workitem;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.FRIDAY;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.MONDAY;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aChange;
import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProject;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.NewWorkItemBuilder;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The field rules of a work item, checked on create and again on every change. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkItemRulesTest {

    private static WorkItem create(NewWorkItemBuilder request) {
        return WorkItem.create(aProject(), 1, request.build(), NOW);
    }

    private static List<UUID> members(int count) {
        return Stream.generate(UUID::randomUUID).limit(count).toList();
    }

    // --- title ----------------------------------------------------------------------------------

    @Test
    void a_title_has_1_to_500_characters() {
        assertThatCode(() -> create(aNewWorkItem().titled("x"))).doesNotThrowAnyException();
        assertThatCode(() -> create(aNewWorkItem().titled("x".repeat(500)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> create(aNewWorkItem().titled("x".repeat(501))))
                .isInstanceOfSatisfying(DomainException.class, invalid("title", "TOO_LONG"));
    }

    @Test
    void the_title_is_measured_after_trimming() {
        assertThatCode(() -> create(aNewWorkItem().titled("   " + "x".repeat(500) + "   ")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_blank_title_is_refused(String blank) {
        assertThatThrownBy(() -> create(aNewWorkItem().titled(blank)))
                .isInstanceOfSatisfying(DomainException.class, invalid("title", "REQUIRED"));
    }

    @Test
    void a_title_is_required_and_cannot_be_cleared() {
        assertThatThrownBy(() -> create(aNewWorkItem().titled(null)))
                .isInstanceOfSatisfying(DomainException.class, invalid("title", "REQUIRED"));
        assertThatThrownBy(() -> aWorkItem().change(aChange().title(null).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("title", "REQUIRED"));
    }

    @Test
    void a_description_has_at_most_100000_characters() {
        assertThatCode(() -> create(aNewWorkItem().description("x".repeat(100_000)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> create(aNewWorkItem().description("x".repeat(100_001))))
                .isInstanceOfSatisfying(DomainException.class, invalid("description", "TOO_LONG"));
    }

    // --- status, type, priority -----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"todo", "in_progress", "done", "cancelled"})
    void a_status_of_the_default_workflow_is_accepted(String status) {
        assertThat(create(aNewWorkItem().status(status)).status()).isEqualTo(status);
    }

    @ParameterizedTest
    @ValueSource(strings = {"closed", "DONE", "In Progress", "", " todo"})
    void an_unknown_status_is_refused(String status) {
        assertThatThrownBy(() -> create(aNewWorkItem().status(status)))
                .isInstanceOfSatisfying(DomainException.class, invalid("status", "UNKNOWN_STATUS"));
    }

    @Test
    void a_change_of_status_by_edit_is_refused_even_to_nothing() {
        assertThatThrownBy(() -> aWorkItem().change(aChange().status("archived").build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.STATUS_CHANGE_NEEDS_TRANSITION));
        assertThatThrownBy(() -> aWorkItem().change(aChange().status(null).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.STATUS_CHANGE_NEEDS_TRANSITION));
    }

    @Test
    void type_and_priority_cannot_be_cleared() {
        assertThatThrownBy(() -> aWorkItem().change(aChange().type(null).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("type", "REQUIRED"));
        assertThatThrownBy(() -> aWorkItem().change(aChange().priority(null).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("priority", "REQUIRED"));
    }

    // --- dates and estimate ---------------------------------------------------------------------

    @Test
    void a_due_date_may_be_the_start_date_but_not_before_it() {
        assertThatCode(() -> create(aNewWorkItem().starting(MONDAY).due(MONDAY))).doesNotThrowAnyException();
        assertThatThrownBy(() -> create(aNewWorkItem().starting(FRIDAY).due(MONDAY)))
                .isInstanceOfSatisfying(DomainException.class, invalid("dueDate", "BEFORE_START"));
    }

    @Test
    void moving_the_start_after_the_due_date_is_refused() {
        WorkItem item = aFullyFilledWorkItem();

        assertThatThrownBy(() -> item.change(aChange().startDate(FRIDAY.plusDays(1)).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("dueDate", "BEFORE_START"));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 90, 10_000_000})
    void an_estimate_from_0_to_10_million_minutes_is_accepted(long minutes) {
        assertThat(create(aNewWorkItem().estimateMinutes(minutes)).estimateMinutes()).isEqualTo(minutes);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, 10_000_001, Long.MIN_VALUE, Long.MAX_VALUE})
    void an_estimate_outside_that_range_is_refused(long minutes) {
        assertThatThrownBy(() -> create(aNewWorkItem().estimateMinutes(minutes)))
                .isInstanceOfSatisfying(DomainException.class, invalid("estimateMinutes", "OUT_OF_RANGE"));
    }

    // --- assignees ------------------------------------------------------------------------------

    @Test
    void up_to_20_assignees_are_accepted() {
        assertThat(create(aNewWorkItem().assignedTo(members(20))).assigneeIds()).hasSize(20);
    }

    @Test
    void more_than_20_assignees_are_refused() {
        assertThatThrownBy(() -> create(aNewWorkItem().assignedTo(members(21))))
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "TOO_MANY"));
    }

    @Test
    void an_assignee_named_twice_is_refused() {
        assertThatThrownBy(() -> create(aNewWorkItem().assignedTo(ADA, ADA)))
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "DUPLICATE"));
    }

    @Test
    void a_null_assignee_is_refused_with_a_field_error() {
        ThrowingCallable withNullAssignee = () -> create(aNewWorkItem().assignedTo(ADA, null));

        assertThatThrownBy(withNullAssignee)
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "INVALID_VALUE"));
    }

    @Test
    void a_change_to_a_null_assignee_is_refused_with_a_field_error() {
        List<UUID> withNull = new ArrayList<>(Collections.singletonList(null));

        assertThatThrownBy(() -> aWorkItem().change(aChange().assignees(withNull).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "INVALID_VALUE"));
    }

    @Test
    void a_change_to_more_than_20_or_repeated_assignees_is_refused() {
        assertThatThrownBy(() -> aWorkItem().change(aChange().assignees(members(21)).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "TOO_MANY"));
        assertThatThrownBy(() -> aWorkItem().change(aChange().assignees(ADA, ADA).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("assigneeIds", "DUPLICATE"));
    }

    // --- labels ---------------------------------------------------------------------------------

    @Test
    void labels_are_trimmed() {
        assertThat(create(aNewWorkItem().labels(" backend ", "ui")).labels()).containsExactly("backend", "ui");
    }

    @Test
    void a_label_named_twice_is_refused_even_with_different_spacing() {
        assertThatThrownBy(() -> create(aNewWorkItem().labels("backend", "backend")))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels", "DUPLICATE"));
        assertThatThrownBy(() -> create(aNewWorkItem().labels("backend", " backend ")))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels", "DUPLICATE"));
    }

    @Test
    void more_than_20_labels_are_refused() {
        List<String> labels = IntStream.range(0, 21).mapToObj(i -> "label-" + i).toList();

        assertThatThrownBy(() -> create(aNewWorkItem().labels(labels)))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels", "TOO_MANY"));
    }

    @Test
    void each_label_has_1_to_50_characters() {
        assertThatCode(() -> create(aNewWorkItem().labels("x".repeat(50)))).doesNotThrowAnyException();
        assertThatThrownBy(() -> create(aNewWorkItem().labels("ok", "x".repeat(51))))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels[1]", "TOO_LONG"));
        assertThatThrownBy(() -> create(aNewWorkItem().labels("ok", "  ")))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels[1]", "REQUIRED"));
    }

    @Test
    void a_null_label_is_refused_with_a_field_error() {
        assertThatThrownBy(() -> create(aNewWorkItem().labels("ok", null)))
                .isInstanceOfSatisfying(DomainException.class, invalid("labels[1]", "REQUIRED"));
    }

    // --- parent ---------------------------------------------------------------------------------

    @Test
    void a_work_item_cannot_be_its_own_parent() {
        WorkItem item = aWorkItem();

        assertThatThrownBy(() -> item.change(aChange().parent(item.id()).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("parent", "PARENT_CYCLE"));
    }

    @Test
    void another_work_item_may_be_the_parent() {
        UUID epic = UUID.randomUUID();

        assertThat(aWorkItem().change(aChange().parent(epic).build(), LATER).parentId()).isEqualTo(epic);
    }

    // --- all at once ----------------------------------------------------------------------------

    @Test
    void every_broken_rule_is_reported_at_once() {
        assertThatThrownBy(() -> create(aNewWorkItem().titled("").status("closed").estimateMinutes(-5L)
                .starting(FRIDAY).due(MONDAY)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field)
                        .contains("title", "status", "estimateMinutes", "dueDate"));
    }

    @Test
    void the_rules_hold_for_a_work_item_built_directly() {
        WorkItem item = aWorkItem();
        WorkItem ownParent = new WorkItem(item.id(), item.workspaceId(), item.projectId(), item.projectKey(),
                item.number(), item.type(), item.title(), item.description(), item.status(), item.priority(),
                item.assigneeIds(), item.reporterId(), item.id(), item.startDate(), item.dueDate(),
                item.estimateMinutes(), item.labels(), item.customFields(), item.version(), item.createdAt(),
                item.updatedAt(), item.completedAt(), null, null, null);

        assertThatCode(() -> WorkItemRules.validate(item, WorkItemStatus.DEFAULT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> WorkItemRules.validate(ownParent, WorkItemStatus.DEFAULT))
                .isInstanceOfSatisfying(DomainException.class, invalid("parent", "PARENT_CYCLE"));
    }
}
