package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkflowDefinition;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Revising a workflow never leaves a work item in a state the workflow lacks. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkflowRevisionTest {
    /** todo → in_progress → qa → done. */
    private final Workflow withQa = Workflow.create(WORKSPACE_ID, aWorkflowDefinition().state("qa", "QA", IN_PROGRESS)
            .transition("in_progress", "qa", "Test").transition("qa", "done", "Pass").build(), NOW);
    /** The same without qa. */
    private final WorkflowDefinition withoutQa = aWorkflowDefinition().named("Delivery, no QA").build();

    private List<FieldError> refusalOf(WorkflowDefinition next, Map<String, String> mapping, Map<String, Long> counts) {
        DomainException e = catchThrowableOfType(() -> withQa.revise(next, StateMapping.of(mapping), counts, LATER),
                DomainException.class);
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return e.errors();
    }

    @Test
    void removing_a_state_in_use_without_a_mapping_is_refused_with_how_many_items_are_there() {
        List<FieldError> errors = refusalOf(withoutQa, Map.of(), Map.of("todo", 4L, "qa", 3L));

        assertThat(errors).containsExactly(new FieldError("stateMapping.qa", "MAPPING_REQUIRED",
                "3 work items are in 'qa', which this change removes; map 'qa' to a state of the new workflow"));
    }

    @Test
    void one_item_reads_in_the_singular() {
        assertThat(refusalOf(withoutQa, Map.of(), Map.of("qa", 1L))).extracting(FieldError::message)
                .containsExactly("1 work item is in 'qa', which this change removes; map 'qa' to a state of the new workflow");
    }

    @Test
    void removing_a_state_nobody_is_in_needs_no_mapping() {
        WorkflowRevision revision = withQa.revise(withoutQa, StateMapping.none(), Map.of("todo", 2L, "qa", 0L), LATER);

        assertThat(revision.moves().isEmpty()).isTrue();
        assertThat(revision.workflow().stateKeys()).doesNotContain("qa");
    }

    @Test
    void a_mapping_moves_the_items_of_a_removed_state_and_the_revision_keeps_identity_and_version() {
        WorkflowRevision revision = withQa.revise(withoutQa, StateMapping.of(Map.of("qa", "in_progress")),
                Map.of("qa", 3L), LATER);

        assertThat(revision.moves().moves()).containsExactly(Map.entry("qa", "in_progress"));
        Workflow revised = revision.workflow();
        assertThat(revised.id()).isEqualTo(withQa.id());
        assertThat(revised.version()).isEqualTo(withQa.version());
        assertThat(revised.createdAt()).isEqualTo(NOW);
        assertThat(revised.updatedAt()).isEqualTo(LATER);
        assertThat(revised.name()).isEqualTo("Delivery, no QA");
        assertThat(revised.definition()).isEqualTo(withoutQa);
    }

    @Test
    void no_item_is_left_in_a_state_the_revised_workflow_lacks() {
        Map<String, Long> counts = Map.of("todo", 5L, "in_progress", 2L, "qa", 3L, "done", 9L);
        WorkflowRevision revision = withQa.revise(withoutQa, StateMapping.of(Map.of("qa", "done")), counts, LATER);

        assertThat(counts.keySet()).allSatisfy(state ->
                assertThat(revision.workflow().hasState(revision.moves().targetOf(state))).as(state).isTrue());
    }

    @Test
    void a_mapping_to_a_state_the_new_workflow_lacks_is_refused() {
        assertThat(refusalOf(withoutQa, Map.of("qa", "testing"), Map.of("qa", 3L)))
                .containsExactly(new FieldError("stateMapping.qa", "UNKNOWN_STATE",
                        "'testing' is not a state of the new workflow"));
    }

    @Test
    void a_mapping_without_target_is_refused() {
        Map<String, String> noTarget = new HashMap<>();
        noTarget.put("qa", null);

        assertThat(refusalOf(withoutQa, noTarget, Map.of("qa", 3L))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("stateMapping.qa", "REQUIRED"));
    }

    @Test
    void a_mapping_from_a_state_that_does_not_exist_is_refused() {
        assertThat(refusalOf(withoutQa, Map.of("qa", "done", "staging", "done"), Map.of()))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("stateMapping.staging", "UNKNOWN_STATE"));
    }

    @Test
    void a_kept_state_mapped_elsewhere_is_merged_and_one_mapped_to_itself_moves_nothing() {
        WorkflowRevision revision = withQa.revise(withoutQa,
                StateMapping.of(Map.of("qa", "done", "in_progress", "todo", "todo", "todo")), Map.of(), LATER);

        assertThat(revision.moves().moves()).containsOnly(Map.entry("qa", "done"), Map.entry("in_progress", "todo"));
    }

    @Test
    void items_in_a_state_unknown_to_both_workflows_must_be_mapped_too() {
        assertThat(refusalOf(withoutQa, Map.of("qa", "done"), Map.of("legacy", 2L))).extracting(FieldError::message)
                .containsExactly("2 work items are in 'legacy', which the new workflow lacks; "
                        + "map 'legacy' to a state of the new workflow");
        assertThat(withQa.revise(withoutQa, StateMapping.of(Map.of("legacy", "todo")), Map.of("legacy", 2L), LATER)
                .moves().targetOf("legacy")).isEqualTo("todo");
    }

    @Test
    void problems_of_the_new_definition_and_of_the_mapping_are_reported_together() {
        WorkflowDefinition broken = aWorkflowDefinition().initial("start").build();

        assertThat(refusalOf(broken, Map.of(), Map.of("qa", 3L))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("initialState", "UNKNOWN_STATE"), tuple("stateMapping.qa", "MAPPING_REQUIRED"));
    }

    @Test
    void a_state_keeps_its_items_when_no_mapping_names_it() {
        assertThat(StateMapping.of(Map.of("qa", "done")).targetOf("todo")).isEqualTo("todo");
        assertThat(StateMapping.none().isEmpty()).isTrue();
    }
}
