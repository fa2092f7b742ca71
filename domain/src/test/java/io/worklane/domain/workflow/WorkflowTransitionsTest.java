package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aNewWorkItem;
import static io.worklane.domain.Fixtures.aProject;
import static io.worklane.domain.Fixtures.aSoftwareDeliveryWorkflow;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Fixtures.aWorkflowDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Workflow.check and availableTransitions: no such move, a guard in the way, or allowed. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkflowTransitionsTest {
    private final Workflow delivery = aSoftwareDeliveryWorkflow();
    private final WorkItem unassigned = aWorkItem();
    private final WorkItem assigned = WorkItem.create(aProject(), 2, aNewWorkItem().assignedTo(ADA).build(), NOW);

    // --- no such transition -----------------------------------------------------------------

    @Test
    void a_move_the_workflow_lacks_is_not_allowed_and_lists_where_the_item_can_go() {
        TransitionCheck check = delivery.check("backlog", "done", aMemberMoving(assigned));

        assertThat(check).isEqualTo(new TransitionCheck.NoTransition("backlog", "done", List.of("todo", "cancelled")));
        assertThat(check.allowed()).isFalse();
        assertThatThrownBy(check::ensureAllowed).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TRANSITION_NOT_ALLOWED))
                .hasMessage("There is no transition from 'backlog' to 'done'. From 'backlog' you can move to todo or cancelled.");
    }

    @Test
    void a_move_to_an_unknown_state_is_not_allowed() {
        assertThat(delivery.check("todo", "archived", aMemberMoving(assigned)))
                .isInstanceOf(TransitionCheck.NoTransition.class);
    }

    @Test
    void a_state_without_way_out_says_so() {
        Workflow oneWay = Workflow.create(WORKSPACE_ID, aWorkflowDefinition().build(), NOW);

        assertThatThrownBy(() -> oneWay.check("done", "todo", aMemberMoving(assigned)).ensureAllowed())
                .hasMessage("There is no transition from 'done' to 'todo'. 'done' has no outgoing transitions.");
    }

    // --- guards -----------------------------------------------------------------------------

    @Test
    void a_failing_guard_blocks_the_move_with_its_reason() {
        TransitionCheck check = delivery.check("todo", "in_progress", aMemberMoving(unassigned));

        assertThat(check.allowed()).isFalse();
        TransitionCheck.Evaluated evaluated = (TransitionCheck.Evaluated) check;
        assertThat(evaluated.transition().name()).isEqualTo("Start");
        assertThat(evaluated.results()).containsExactly(
                new GuardResult(GuardType.REQUIRED_FIELDS, false, "Fill in assignees first."));
        assertThatThrownBy(check::ensureAllowed).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.GUARD_FAILED);
            assertThat(e.getMessage()).isEqualTo("'Start' from 'todo' to 'in_progress' is blocked: Fill in assignees first.");
            assertThat(e.errors()).containsExactly(new FieldError("guards[0]", "REQUIRED_FIELDS", "Fill in assignees first."));
        });
    }

    @Test
    void every_guard_is_evaluated_even_after_one_failed() {
        Workflow guarded = Workflow.create(WORKSPACE_ID, aWorkflowDefinition()
                .guarded("done", "todo", Guard.roles("ADMIN"), Guard.childrenDone(), Guard.requiredFields("dueDate"))
                .build(), NOW);

        TransitionCheck.Evaluated check = (TransitionCheck.Evaluated) guarded.check("done", "todo",
                aMemberMoving(unassigned).withChildren(List.of(StateCategory.DONE)));

        assertThat(check.results()).extracting(GuardResult::type, GuardResult::passed).containsExactly(
                tuple(GuardType.ROLES, false), tuple(GuardType.CHILDREN_DONE, true),
                tuple(GuardType.REQUIRED_FIELDS, false));
        assertThat(check.failures()).hasSize(2);
        assertThatThrownBy(check::ensureAllowed).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("guards[0]", "guards[2]"))
                .hasMessage("'Guarded' from 'done' to 'todo' is blocked: Only ADMIN may make this transition; "
                        + "you are MEMBER. Fill in dueDate first.");
    }

    @Test
    void a_move_whose_guards_pass_is_allowed() {
        TransitionCheck check = delivery.check("todo", "in_progress", aMemberMoving(assigned));

        assertThat(check.allowed()).isTrue();
        assertThat(check.ensureAllowed()).isEqualTo(Transition.of("todo", "in_progress", "Start",
                Guard.requiredFields("assignees")));
    }

    @Test
    void a_move_without_guards_is_allowed() {
        TransitionCheck check = delivery.check("backlog", "todo", aMemberMoving(unassigned));

        assertThat(check).isEqualTo(new TransitionCheck.Evaluated("backlog",
                Transition.of("backlog", "todo", "Plan"), List.of()));
        assertThat(check.allowed()).isTrue();
    }

    // --- "*" --------------------------------------------------------------------------------

    @Test
    void a_move_from_any_state_applies_to_every_other_state() {
        for (String from : List.of("backlog", "todo", "in_progress", "in_review", "done")) {
            TransitionCheck check = delivery.check(from, "cancelled", aMemberMoving(unassigned));
            assertThat(check.allowed()).as(from).isTrue();
            assertThat(((TransitionCheck.Evaluated) check).from()).isEqualTo(from);
        }
    }

    @Test
    void a_move_from_any_state_never_moves_onto_itself() {
        assertThat(delivery.check("cancelled", "cancelled", aMemberMoving(unassigned)))
                .isInstanceOf(TransitionCheck.NoTransition.class);
    }

    @Test
    void an_explicit_move_takes_precedence_over_a_move_from_any_state() {
        Workflow workflow = Workflow.create(WORKSPACE_ID, aWorkflowDefinition().noTransitions()
                .transition("*", "done", "Finish")
                .transition("in_progress", "done", "Complete", Guard.childrenDone())
                .transition("todo", "in_progress", "Start").build(), NOW);
        GuardContext withOpenChild = aMemberMoving(unassigned).withChildren(List.of(StateCategory.TODO));

        assertThat(workflow.check("in_progress", "done", withOpenChild).allowed()).isFalse();
        assertThat(workflow.check("todo", "done", withOpenChild).allowed()).isTrue();
        assertThat(workflow.outgoing("in_progress")).extracting(Transition::name).containsExactly("Complete");
    }

    // --- available transitions --------------------------------------------------------------

    @Test
    void available_transitions_evaluate_each_way_out_in_definition_order() {
        List<TransitionCheck.Evaluated> available = delivery.availableTransitions("todo", aMemberMoving(unassigned));

        assertThat(available).extracting(TransitionCheck.Evaluated::to, TransitionCheck::allowed).containsExactly(
                tuple("backlog", true), tuple("in_progress", false), tuple("cancelled", true));
        assertThat(available.get(1).failures()).extracting(GuardResult::reason)
                .containsExactly("Fill in assignees first.");
    }

    @Test
    void an_administrator_credential_sees_the_same_ways_out() {
        assertThat(delivery.availableTransitions("in_review", GuardContext.forAdministrator(assigned)))
                .extracting(TransitionCheck.Evaluated::to).containsExactly("in_progress", "done", "cancelled");
    }

    @Test
    void roles_decide_per_actor() {
        Workflow adminOnly = Workflow.create(WORKSPACE_ID, aWorkflowDefinition()
                .guarded("done", "todo", Guard.roles("OWNER", "ADMIN")).build(), NOW);

        assertThat(adminOnly.check("done", "todo", GuardContext.forMember(assigned, MemberRole.ADMIN)).allowed()).isTrue();
        assertThat(adminOnly.check("done", "todo", GuardContext.forMember(assigned, MemberRole.MEMBER)).allowed()).isFalse();
        assertThat(adminOnly.check("done", "todo", GuardContext.forAdministrator(assigned)).allowed()).isTrue();
    }
}
