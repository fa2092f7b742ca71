package io.worklane.domain.workflow;

import static io.worklane.domain.Refusals.invalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workitem.WorkItemType;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkflowAssignmentTest {
    private static final UUID PROJECT = UUID.randomUUID();
    private static final UUID DEFAULT = UUID.randomUUID();
    private static final UUID BUGS = UUID.randomUUID();

    @Test
    void a_type_without_override_follows_the_default_workflow() {
        WorkflowAssignment assignment = new WorkflowAssignment(PROJECT, DEFAULT, Map.of(WorkItemType.BUG, BUGS));

        assertThat(assignment.workflowFor(WorkItemType.BUG)).isEqualTo(BUGS);
        assertThat(assignment.workflowFor(WorkItemType.TASK)).isEqualTo(DEFAULT);
        assertThat(assignment.workflowIds()).containsExactly(DEFAULT, BUGS);
    }

    @Test
    void overrides_can_be_added_and_removed() {
        WorkflowAssignment withBugs = WorkflowAssignment.of(PROJECT, DEFAULT).withOverride(WorkItemType.BUG, BUGS);

        assertThat(withBugs.workflowFor(WorkItemType.BUG)).isEqualTo(BUGS);
        assertThat(withBugs.withoutOverride(WorkItemType.BUG).workflowFor(WorkItemType.BUG)).isEqualTo(DEFAULT);
    }

    @Test
    void the_overrides_are_a_copy() {
        Map<WorkItemType, UUID> overrides = new HashMap<>(Map.of(WorkItemType.BUG, BUGS));
        WorkflowAssignment assignment = new WorkflowAssignment(PROJECT, DEFAULT, overrides);
        overrides.put(WorkItemType.EPIC, BUGS);

        assertThat(assignment.workflowFor(WorkItemType.EPIC)).isEqualTo(DEFAULT);
    }

    @Test
    void a_default_workflow_is_required_and_an_override_names_a_workflow() {
        assertThatThrownBy(() -> WorkflowAssignment.of(PROJECT, null))
                .isInstanceOfSatisfying(DomainException.class, invalid("defaultWorkflowId", "REQUIRED"));
        Map<WorkItemType, UUID> none = new HashMap<>();
        none.put(WorkItemType.BUG, null);
        assertThatThrownBy(() -> new WorkflowAssignment(PROJECT, DEFAULT, none))
                .isInstanceOfSatisfying(DomainException.class, invalid("overrides.BUG", "REQUIRED"));
    }
}
