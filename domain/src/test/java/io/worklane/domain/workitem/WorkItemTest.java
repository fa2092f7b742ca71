package io.worklane.domain.workitem;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.MONDAY;
import static io.worklane.domain.Fixtures.MUCH_LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aCancelledProject;
import static io.worklane.domain.Fixtures.aChange;
import static io.worklane.domain.Fixtures.aClosedProject;
import static io.worklane.domain.Fixtures.aDoneWorkItem;
import static io.worklane.domain.Fixtures.aFullyFilledWorkItem;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProject;
import static io.worklane.domain.Fixtures.aProjectWithKey;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkItemTest {

    @Test
    void a_new_work_item_is_a_task_to_do_without_priority_unless_told_otherwise() {
        WorkItem item = aWorkItem();

        assertThat(item.type()).isEqualTo(WorkItemType.TASK);
        assertThat(item.status()).isEqualTo(WorkItemStatus.TODO);
        assertThat(item.priority()).isEqualTo(Priority.NONE);
        assertThat(item.assigneeIds()).isEmpty();
        assertThat(item.labels()).isEmpty();
        assertThat(item.customFields()).isEmpty();
        assertThat(item.completedAt()).isNull();
        assertThat(item.version()).isZero();
        assertThat(item.createdAt()).isEqualTo(NOW);
        assertThat(item.updatedAt()).isEqualTo(NOW);
    }

    @Test
    void a_new_work_item_takes_what_it_is_given() {
        WorkItem item = WorkItem.create(aProject(), 7, aNewWorkItem().type(WorkItemType.BUG)
                .status(WorkItemStatus.IN_PROGRESS).priority(Priority.URGENT).assignedTo(ADA).build(), NOW);

        assertThat(item.type()).isEqualTo(WorkItemType.BUG);
        assertThat(item.status()).isEqualTo(WorkItemStatus.IN_PROGRESS);
        assertThat(item.priority()).isEqualTo(Priority.URGENT);
        assertThat(item.assigneeIds()).containsExactly(ADA);
    }
    @Test
    void a_work_item_created_without_an_assignee_list_has_no_assignees() {
        WorkItem item = WorkItem.create(aProject(), 1, aNewWorkItem().assignedTo((List<UUID>) null).build(), NOW);

        assertThat(item.assigneeIds()).isEmpty();
    }

    @Test
    void a_work_item_belongs_to_its_projects_workspace_and_project() {
        Project project = aProject();

        WorkItem item = WorkItem.create(project, 1, aNewWorkItem().build(), NOW);

        assertThat(item.workspaceId()).isEqualTo(project.workspaceId());
        assertThat(item.projectId()).isEqualTo(project.id());
        assertThat(item.id()).isNotEqualTo(project.id());
        assertThat(item.id().version()).isEqualTo(7);
    }

    @Test
    void the_key_is_the_project_key_and_the_number() {
        WorkItem item = WorkItem.create(aProjectWithKey("OPS"), 42, aNewWorkItem().build(), NOW);

        assertThat(item.key()).isEqualTo("OPS-42");
    }

    @Test
    void the_title_is_trimmed() {
        WorkItem item = WorkItem.create(aProject(), 1, aNewWorkItem().titled("  \tFix login \n").build(), NOW);

        assertThat(item.title()).isEqualTo("Fix login");
    }

    @Test
    void a_completed_project_takes_no_new_work_item() {
        assertThatThrownBy(() -> WorkItem.create(aClosedProject(), 1, aNewWorkItem().build(), NOW))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PROJECT_CLOSED));
    }

    @Test
    void a_cancelled_project_takes_no_new_work_item() {
        assertThatThrownBy(() -> WorkItem.create(aCancelledProject(), 1, aNewWorkItem().build(), NOW))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.PROJECT_CLOSED));
    }

    @Test
    void a_work_item_created_done_is_completed_at_once() {
        assertThat(aDoneWorkItem().completedAt()).isEqualTo(NOW);
    }

    @Test
    void the_caller_changing_its_lists_afterwards_does_not_change_the_work_item() {
        List<UUID> assignees = new ArrayList<>(List.of(ADA));
        WorkItem item = WorkItem.create(aProject(), 1, aNewWorkItem().assignedTo(assignees).build(), NOW);

        assignees.add(GRACE);

        assertThat(item.assigneeIds()).containsExactly(ADA);
    }

    // --- completion ---------------------------------------------------------------------------

    @Test
    void moving_to_done_records_when_the_work_was_completed() {
        WorkItem done = aWorkItem().moveTo(WorkItemStatus.DONE, WorkItemStatus.DEFAULT, LATER);

        assertThat(done.status()).isEqualTo(WorkItemStatus.DONE);
        assertThat(done.completedAt()).isEqualTo(LATER);
    }

    @Test
    void leaving_done_clears_the_completion_time() {
        WorkItem reopened = aDoneWorkItem().moveTo(WorkItemStatus.IN_PROGRESS, WorkItemStatus.DEFAULT, LATER);

        assertThat(reopened.completedAt()).isNull();
    }

    @Test
    void changing_a_done_work_item_keeps_its_completion_time() {
        WorkItem edited = aDoneWorkItem().change(aChange().title("Renamed").status(WorkItemStatus.DONE).build(), LATER)
                .change(aChange().priority(Priority.LOW).build(), MUCH_LATER);

        assertThat(edited.completedAt()).isEqualTo(NOW);
    }

    @Test
    void a_work_item_not_done_has_no_completion_time() {
        WorkItem started = aWorkItem().moveTo(WorkItemStatus.IN_PROGRESS, WorkItemStatus.DEFAULT, LATER);

        assertThat(started.completedAt()).isNull();
    }

    @Test
    void editing_the_status_is_refused_with_a_pointer_to_transitions() {
        assertThatThrownBy(() -> aWorkItem().change(aChange().status(WorkItemStatus.DONE).build(), LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.STATUS_CHANGE_NEEDS_TRANSITION))
                .hasMessageContaining("/transitions");
    }

    @Test
    void a_move_or_a_creation_outside_the_workflow_is_refused() {
        assertThatThrownBy(() -> aWorkItem().moveTo("qa", WorkItemStatus.DEFAULT, LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.VALIDATION_FAILED)).hasMessageContaining("todo, in_progress");
        assertThatThrownBy(() -> WorkItem.create(aProject(), 2, aNewWorkItem().status("qa").build(), NOW))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.VALIDATION_FAILED));
    }

    // --- partial changes ------------------------------------------------------------------------

    @Test
    void a_change_of_nothing_keeps_everything_but_the_update_time() {
        WorkItem before = aFullyFilledWorkItem();

        WorkItem after = before.change(aChange().build(), LATER);

        assertThat(after).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(before);
        assertThat(after.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void a_change_to_null_clears_the_optional_fields() {
        WorkItem after = aFullyFilledWorkItem().change(aChange().description(null).reporter(null).parent(null)
                .startDate(null).dueDate(null).estimateMinutes(null).labels(null).customFields(null).build(), LATER);

        assertThat(after.description()).isNull();
        assertThat(after.reporterId()).isNull();
        assertThat(after.parentId()).isNull();
        assertThat(after.startDate()).isNull();
        assertThat(after.dueDate()).isNull();
        assertThat(after.estimateMinutes()).isNull();
        assertThat(after.labels()).isEmpty();
        assertThat(after.customFields()).isEmpty();
    }

    @Test
    void a_change_to_an_empty_list_removes_every_assignee() {
        WorkItem after = aFullyFilledWorkItem().change(aChange().assignees(new ArrayList<>()).build(), LATER);

        assertThat(after.assigneeIds()).isEmpty();
    }
    @Test
    void a_change_to_null_removes_every_assignee() {
        WorkItem after = aFullyFilledWorkItem().change(aChange().assignees((List<UUID>) null).build(), LATER);

        assertThat(after.assigneeIds()).isEmpty();
    }

    @Test
    void a_change_sets_what_it_names_and_keeps_the_rest() {
        WorkItem before = aFullyFilledWorkItem();

        WorkItem after = before.change(aChange().title("  Ship it ").type(WorkItemType.STORY).assignees(GRACE)
                .labels(List.of(" release ")).customFields(Map.of("severity", "low")).build(), LATER);

        assertThat(after.title()).isEqualTo("Ship it");
        assertThat(after.type()).isEqualTo(WorkItemType.STORY);
        assertThat(after.assigneeIds()).containsExactly(GRACE);
        assertThat(after.labels()).containsExactly("release");
        assertThat(after.customFields()).containsExactly(Map.entry("severity", "low"));
        assertThat(after.description()).isEqualTo(before.description());
        assertThat(after.dueDate()).isEqualTo(before.dueDate());
        assertThat(after.startDate()).isEqualTo(MONDAY);
    }

    @Test
    void a_change_never_moves_the_work_item_or_renumbers_it() {
        WorkItem before = aFullyFilledWorkItem();

        WorkItem after = before.change(aChange().title("Moved?").build(), LATER);

        assertThat(after.id()).isEqualTo(before.id());
        assertThat(after.key()).isEqualTo(before.key());
        assertThat(after.projectId()).isEqualTo(before.projectId());
        assertThat(after.workspaceId()).isEqualTo(before.workspaceId());
        assertThat(after.createdAt()).isEqualTo(NOW);
    }
}
