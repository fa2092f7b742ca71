package io.worklane.domain.workitem;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.aDoneWorkItem;
import static io.worklane.domain.Fixtures.aField;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProjectWithKey;
import static io.worklane.domain.Fixtures.aSelectField;
import static io.worklane.domain.Fixtures.aSoftwareDeliveryWorkflow;
import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.Project;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where a work item lands in another project (ADR 0082): its state, its custom values, its key. */
class ProjectMoveTest {
    private final Workflow delivery = aSoftwareDeliveryWorkflow();
    private final Project ops = aProjectWithKey("OPS");

    @Test
    void a_state_of_the_same_key_is_kept_a_mapped_one_wins_and_one_with_no_place_is_refused_with_the_fix() {
        WorkItem done = aDoneWorkItem();
        assertThat(ProjectMove.targetState(done, delivery, "OPS", Map.of())).isEqualTo("done");
        assertThat(ProjectMove.targetState(done, delivery, "OPS", Map.of("done", "in_review"))).isEqualTo("in_review");

        WorkItem todo = aWorkItem();
        Workflow intake = io.worklane.domain.workflow.WorkflowTemplates.REQUEST_INTAKE.instantiate(
                io.worklane.domain.Fixtures.WORKSPACE_ID, NOW);
        DomainException refused = catchThrowableOfType(DomainException.class,
                () -> ProjectMove.targetState(todo, intake, "REQ", Map.of()));
        assertThat(refused.code()).isEqualTo(ErrorCode.STATE_NOT_IN_TARGET_WORKFLOW);
        assertThat(refused.getMessage()).contains("ENG-1", "'todo'", "REQ", "\"statusMapping\"", "submitted");
        DomainException badMapping = catchThrowableOfType(DomainException.class,
                () -> ProjectMove.targetState(todo, intake, "REQ", Map.of("todo", "nowhere")));
        assertThat(badMapping.getMessage()).contains("'nowhere'");
    }

    @Test
    void a_value_is_kept_only_where_the_target_has_a_field_of_the_same_key_and_type_that_accepts_it() {
        Map<String, Object> values = Map.of("customer", "Globex", "cost", "12", "tier", "gold", "sprint", "S1");
        var carried = ProjectMove.customValues(values,
                List.of(aField("customer", CustomFieldType.TEXT), aField("cost", CustomFieldType.TEXT),
                        aSelectField("tier", "gold", "silver"), aField("sprint", CustomFieldType.TEXT)),
                List.of(aField("customer", CustomFieldType.TEXT), aField("cost", CustomFieldType.NUMBER),
                        aSelectField("tier", "bronze")));
        assertThat(carried.kept()).isEqualTo(Map.of("customer", "Globex"));
        assertThat(carried.dropped()).containsExactlyInAnyOrder("cost", "tier", "sprint");
    }

    @Test
    void the_relocated_item_has_the_targets_key_no_phase_and_keeps_its_completion_only_in_a_done_state() {
        WorkItem done = aDoneWorkItem();
        Instant later = NOW.plusSeconds(60);
        WorkItem kept = done.relocated(ops, 7, "done", delivery.statePolicy(), Map.of(), later);
        assertThat(kept.key()).isEqualTo("OPS-7");
        assertThat(kept.projectId()).isEqualTo(ops.id());
        assertThat(kept.completedAt()).isEqualTo(done.completedAt());
        assertThat(kept.phaseId()).isNull();
        assertThat(kept.updatedAt()).isEqualTo(later);
        assertThat(kept.id()).isEqualTo(done.id());

        WorkItem reopened = done.relocated(ops, 8, "todo", delivery.statePolicy(), Map.of(), later);
        assertThat(reopened.completedAt()).isNull();
        WorkItem finished = aWorkItem(aNewWorkItem()).relocated(ops, 9, "done", delivery.statePolicy(), Map.of(),
                later);
        assertThat(finished.completedAt()).isEqualTo(later);
    }
}
