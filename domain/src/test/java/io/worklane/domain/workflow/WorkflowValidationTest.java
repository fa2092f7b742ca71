package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkflowDefinition;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static io.worklane.domain.workflow.StateCategory.TODO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad definition is refused with the exact path and code of every problem, all at once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkflowValidationTest {

    private static Workflow create(WorkflowDefinitionBuilder definition) {
        return Workflow.create(WORKSPACE_ID, definition.build(), NOW);
    }

    private static List<FieldError> errorsOf(WorkflowDefinitionBuilder definition) {
        DomainException e = catchThrowableOfType(() -> create(definition), DomainException.class);
        assertThat(e).as("refusal").isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        return e.errors();
    }

    private static FieldError only(WorkflowDefinitionBuilder definition) {
        List<FieldError> errors = errorsOf(definition);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void a_valid_definition_becomes_a_workflow_at_version_0() {
        Workflow workflow = create(aWorkflowDefinition().description("How we deliver"));

        assertThat(workflow.id()).isNotNull();
        assertThat(workflow.workspaceId()).isEqualTo(WORKSPACE_ID);
        assertThat(workflow.version()).isZero();
        assertThat(workflow.createdAt()).isEqualTo(NOW);
        assertThat(workflow.updatedAt()).isEqualTo(NOW);
        assertThat(workflow.stateKeys()).containsExactlyInAnyOrder("todo", "in_progress", "done");
        assertThat(workflow.definition()).isEqualTo(aWorkflowDefinition().description("How we deliver").build());
    }

    @Test
    void a_workflow_without_a_done_or_cancelled_state_is_fine() {
        Workflow ongoing = create(aWorkflowDefinition().noStates().noTransitions().state("open", "Open", TODO)
                .state("working", "Working", IN_PROGRESS).initial("open")
                .transition("open", "working", "Work").transition("working", "open", "Rest"));

        assertThat(ongoing.states()).hasSize(2);
    }

    @Test
    void a_single_state_needs_no_transitions() {
        assertThat(create(aWorkflowDefinition().noStates().noTransitions().state("open", "Open", TODO)
                .initial("open")).transitions()).isEmpty();
    }

    // --- name -------------------------------------------------------------------------------

    @Test
    void a_name_has_1_to_100_characters() {
        assertThat(only(aWorkflowDefinition().named(" "))).extracting(FieldError::field, FieldError::code)
                .containsExactly("name", "REQUIRED");
        assertThat(only(aWorkflowDefinition().named("x".repeat(101)))).extracting(FieldError::code)
                .isEqualTo("TOO_LONG");
        assertThat(create(aWorkflowDefinition().named("x".repeat(100))).name()).hasSize(100);
    }

    // --- states -----------------------------------------------------------------------------

    @Test
    void a_workflow_without_states_is_refused() {
        assertThat(errorsOf(aWorkflowDefinition().noStates().noTransitions()))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("states", "REQUIRED"), tuple("initialState", "UNKNOWN_STATE"));
    }

    @Test
    void at_most_50_states() {
        WorkflowDefinitionBuilder big = aWorkflowDefinition();
        IntStream.range(3, 50).forEach(i -> big.state("s" + i, "S" + i, TODO).transition("todo", "s" + i, "Go"));
        assertThat(create(big).states()).hasSize(50);

        big.state("s50", "S50", TODO).transition("todo", "s50", "Go");
        assertThat(only(big)).extracting(FieldError::field, FieldError::code).containsExactly("states", "TOO_MANY");
    }

    @Test
    void a_state_key_used_twice_is_refused_on_the_second_state() {
        FieldError error = only(aWorkflowDefinition().state("done", "Finished", StateCategory.DONE));

        assertThat(error).extracting(FieldError::field, FieldError::code).containsExactly("states[3].key", "DUPLICATE_KEY");
        assertThat(error.message()).contains("'done'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"In_review", "in review", "1st", "_todo", "in-review", "abcdefghijabcdefghijabcdefghijabcdefghijk"})
    void a_state_key_is_lower_snake_case_of_at_most_40_characters(String key) {
        assertThatThrownBy(() -> create(aWorkflowDefinition().state(key, "Odd", TODO).transition("todo", key, "Go")))
                .isInstanceOfSatisfying(DomainException.class, invalid("states[3].key"));
    }

    @Test
    void a_malformed_key_is_reported_once_not_again_where_transitions_use_it() {
        assertThat(only(aWorkflowDefinition().state("QA", "QA", TODO).transition("todo", "QA", "Test")))
                .extracting(FieldError::field, FieldError::code).containsExactly("states[3].key", "INVALID_FORMAT");
    }

    @Test
    void a_state_needs_a_name_of_at_most_100_characters_and_a_category() {
        assertThat(errorsOf(aWorkflowDefinition().state("qa", "x".repeat(101), null).transition("todo", "qa", "Test")))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("states[3].name", "TOO_LONG"), tuple("states[3].category", "REQUIRED"));
    }

    @Test
    void a_null_state_is_named_not_a_crash() {
        assertThat(only(aWorkflowDefinition().state(null))).extracting(FieldError::field, FieldError::code)
                .containsExactly("states[3]", "REQUIRED");
    }

    @Test
    void a_state_that_cannot_be_reached_from_the_initial_state_is_refused() {
        // qa only leads out, nothing leads in
        FieldError error = only(aWorkflowDefinition().state("qa", "QA", IN_PROGRESS).transition("qa", "done", "Pass"));

        assertThat(error).extracting(FieldError::field, FieldError::code).containsExactly("states[3]", "UNREACHABLE_STATE");
        assertThat(error.message()).isEqualTo("'qa' cannot be reached from the initial state 'todo'; add a transition into it");
    }

    @Test
    void reachability_follows_chains_and_any_state_transitions() {
        WorkflowDefinitionBuilder viaAnyState = aWorkflowDefinition().state("cancelled", "Cancelled", StateCategory.CANCELLED)
                .state("archived", "Archived", StateCategory.CANCELLED)
                .transition("*", "cancelled", "Cancel").transition("cancelled", "archived", "Archive");

        assertThat(create(viaAnyState).states()).hasSize(5);
    }

    @Test
    void a_state_before_the_initial_one_is_unreachable() {
        assertThat(only(aWorkflowDefinition().initial("in_progress")))
                .extracting(FieldError::field, FieldError::code).containsExactly("states[0]", "UNREACHABLE_STATE");
    }

    // --- initial state ----------------------------------------------------------------------

    @Test
    void the_initial_state_is_required_and_must_be_a_state() {
        assertThat(only(aWorkflowDefinition().initial(null))).extracting(FieldError::field, FieldError::code)
                .containsExactly("initialState", "REQUIRED");
        assertThat(only(aWorkflowDefinition().initial("draft"))).extracting(FieldError::field, FieldError::code)
                .containsExactly("initialState", "UNKNOWN_STATE");
    }

    // --- transitions ------------------------------------------------------------------------

    @Test
    void a_transition_to_an_unknown_state_is_refused() {
        FieldError error = only(aWorkflowDefinition().transition("done", "archived", "Archive"));

        assertThat(error).extracting(FieldError::field, FieldError::code).containsExactly("transitions[2].to", "UNKNOWN_STATE");
        assertThat(error.message()).isEqualTo("'archived' is not a state of this workflow");
    }

    @Test
    void a_transition_from_an_unknown_state_is_refused() {
        assertThat(only(aWorkflowDefinition().transition("draft", "todo", "Submit")))
                .extracting(FieldError::field, FieldError::code).containsExactly("transitions[2].from", "UNKNOWN_STATE");
    }

    @Test
    void any_state_is_allowed_in_from_but_not_in_to() {
        assertThat(create(aWorkflowDefinition().transition("*", "todo", "Reset")).transitions()).hasSize(3);
        assertThat(only(aWorkflowDefinition().transition("done", "*", "Anywhere")))
                .extracting(FieldError::field, FieldError::code).containsExactly("transitions[2].to", "UNKNOWN_STATE");
    }

    @Test
    void a_transition_needs_from_to_and_a_name() {
        assertThat(errorsOf(aWorkflowDefinition().transition(null, "", null)))
                .extracting(FieldError::field, FieldError::code).containsExactly(
                        tuple("transitions[2].from", "REQUIRED"), tuple("transitions[2].to", "REQUIRED"),
                        tuple("transitions[2].name", "REQUIRED"));
        assertThat(only(aWorkflowDefinition().transition("done", "todo", "x".repeat(101))))
                .extracting(FieldError::field, FieldError::code).containsExactly("transitions[2].name", "TOO_LONG");
    }

    @Test
    void a_transition_onto_its_own_state_is_refused() {
        assertThat(only(aWorkflowDefinition().transition("done", "done", "Again")))
                .extracting(FieldError::field, FieldError::code).containsExactly("transitions[2].to", "SAME_STATE");
    }

    @Test
    void the_same_move_twice_is_refused_naming_the_first() {
        FieldError error = only(aWorkflowDefinition().transition("todo", "in_progress", "Begin"));

        assertThat(error).extracting(FieldError::field, FieldError::code)
                .containsExactly("transitions[2]", "DUPLICATE_TRANSITION");
        assertThat(error.message()).isEqualTo("'todo' → 'in_progress' is already transitions[0]");
    }

    @Test
    void an_explicit_move_may_overlap_an_any_state_one_but_two_any_state_ones_may_not() {
        assertThat(create(aWorkflowDefinition().transition("*", "done", "Finish")).transitions()).hasSize(3);
        assertThat(only(aWorkflowDefinition().transition("*", "done", "Finish").transition("*", "done", "End")))
                .extracting(FieldError::field, FieldError::code).containsExactly("transitions[3]", "DUPLICATE_TRANSITION");
    }

    @Test
    void at_most_200_transitions() {
        assertThat(create(withTransitions(200)).transitions()).hasSize(200);
        assertThat(only(withTransitions(201))).extracting(FieldError::field, FieldError::code)
                .containsExactly("transitions", "TOO_MANY");
    }

    /** 15 states and {@code count} distinct moves between them, the first ones out of todo. */
    private static WorkflowDefinitionBuilder withTransitions(int count) {
        WorkflowDefinitionBuilder big = aWorkflowDefinition();
        IntStream.range(3, 15).forEach(i -> big.state("s" + i, "S" + i, TODO));
        List<String> keys = big.build().states().stream().map(WorkflowState::key).toList();
        List<String> existing = List.of("todo>in_progress", "in_progress>done");
        int added = 2;
        for (String from : keys) {
            for (String to : keys) {
                if (added < count && !from.equals(to) && !existing.contains(from + ">" + to)) {
                    big.transition(from, to, "Move");
                    added++;
                }
            }
        }
        return big;
    }

    @Test
    void a_null_transition_is_named() {
        WorkflowDefinition valid = aWorkflowDefinition().build();
        List<Transition> withNull = new ArrayList<>(valid.transitions());
        withNull.add(null);
        WorkflowDefinition definition = new WorkflowDefinition("Delivery", null, valid.states(), "todo", withNull);

        assertThatThrownBy(definition::validate)
                .isInstanceOfSatisfying(DomainException.class, invalid("transitions[2]", "REQUIRED"));
    }

    // --- everything at once -----------------------------------------------------------------

    @Test
    void every_problem_is_reported_at_once() {
        List<FieldError> errors = errorsOf(aWorkflowDefinition().named("")
                .state("todo", "Again", TODO)
                .state("lost", "Lost", TODO)
                .transition("done", "archived", "Archive")
                .guarded("done", "todo", Guard.requiredFields("dueDate", "deadline"), Guard.roles("BOSS")));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("name", "REQUIRED"),
                tuple("states[3].key", "DUPLICATE_KEY"),
                tuple("transitions[2].to", "UNKNOWN_STATE"),
                tuple("transitions[3].guards[0].fields[1]", "UNKNOWN_FIELD"),
                tuple("transitions[3].guards[1].roles[0]", "UNKNOWN_ROLE"),
                tuple("states[4]", "UNREACHABLE_STATE"));
    }
}
