package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.workflow.StateCategory.CANCELLED;
import static io.worklane.domain.workflow.StateCategory.DONE;
import static io.worklane.domain.workflow.StateCategory.IN_PROGRESS;
import static io.worklane.domain.workflow.StateCategory.TODO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkflowTemplatesTest {

    static Stream<WorkflowTemplate> templates() {
        return WorkflowTemplates.all().stream();
    }

    private static Workflow workflowOf(WorkflowTemplate template) {
        return template.instantiate(WORKSPACE_ID, NOW);
    }

    private static Guard guardOn(Workflow workflow, String from, String to) {
        Transition t = workflow.outgoing(from).stream().filter(x -> x.to().equals(to)).findFirst().orElseThrow();
        assertThat(t.guards()).hasSize(1);
        return t.guards().get(0);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void each_template_passes_its_own_validation(WorkflowTemplate template) {
        assertThatCode(template.definition()::validate).doesNotThrowAnyException();
        assertThat(workflowOf(template).name()).isEqualTo(template.name());
        assertThat(template.description()).isNotBlank();
    }

    @Test
    void the_templates_are_found_by_key() {
        assertThat(WorkflowTemplates.all()).extracting(WorkflowTemplate::key)
                .containsExactly("default", "software_delivery", "request_intake", "employee_onboarding");
        assertThat(WorkflowTemplates.find("request_intake")).contains(WorkflowTemplates.REQUEST_INTAKE);
        assertThat(WorkflowTemplates.find("kanban")).isEmpty();
    }

    @Test
    void default_allows_every_move_between_distinct_states_without_guards() {
        Workflow workflow = workflowOf(WorkflowTemplates.DEFAULT);
        List<String> keys = List.of("todo", "in_progress", "done", "cancelled");

        assertThat(workflow.states()).extracting(WorkflowState::key, WorkflowState::category).containsExactly(
                tuple("todo", TODO), tuple("in_progress", IN_PROGRESS), tuple("done", DONE),
                tuple("cancelled", CANCELLED));
        assertThat(workflow.initialState()).isEqualTo("todo");
        GuardContext viewer = GuardContext.forMember(aWorkItem(), MemberRole.VIEWER);
        for (String from : keys) {
            assertThat(workflow.availableTransitions(from, viewer)).as(from)
                    .allMatch(TransitionCheck::allowed)
                    .extracting(TransitionCheck.Evaluated::to)
                    .containsExactlyElementsOf(keys.stream().filter(to -> !to.equals(from)).toList());
        }
    }

    @Test
    void software_delivery_goes_from_backlog_through_review_and_needs_an_assignee_to_start() {
        Workflow workflow = workflowOf(WorkflowTemplates.SOFTWARE_DELIVERY);

        assertThat(workflow.states()).extracting(WorkflowState::key)
                .containsExactly("backlog", "todo", "in_progress", "in_review", "done", "cancelled");
        assertThat(workflow.initialState()).isEqualTo("backlog");
        assertThat(guardOn(workflow, "todo", "in_progress")).isEqualTo(Guard.requiredFields("assignees"));
        assertThat(workflow.outgoing("in_review")).extracting(Transition::to).contains("in_progress", "done");
        assertThat(workflow.outgoing("todo")).extracting(Transition::to).contains("backlog");
        assertThat(Stream.of("backlog", "todo", "in_progress", "in_review", "done"))
                .allMatch(from -> workflow.outgoing(from).stream().anyMatch(t -> t.to().equals("cancelled")));
    }

    @Test
    void request_intake_needs_a_description_for_triage_and_an_approval_to_approve() {
        Workflow workflow = workflowOf(WorkflowTemplates.REQUEST_INTAKE);

        assertThat(workflow.states()).extracting(WorkflowState::key).containsExactly(
                "submitted", "triage", "awaiting_approval", "approved", "rejected", "fulfilled");
        assertThat(workflow.initialState()).isEqualTo("submitted");
        assertThat(guardOn(workflow, "submitted", "triage")).isEqualTo(Guard.requiredFields("description"));
        assertThat(guardOn(workflow, "awaiting_approval", "approved")).isEqualTo(Guard.approval());
        assertThat(workflow.outgoing("approved")).extracting(Transition::to).containsExactly("fulfilled");
        assertThat(workflow.outgoing("awaiting_approval")).extracting(Transition::to).contains("rejected");
        assertThat(workflow.transitions()).flatExtracting(Transition::guards)
                .noneMatch(g -> g.type() == GuardType.ROLES);
    }

    @Test
    void employee_onboarding_is_done_when_every_child_is() {
        Workflow workflow = workflowOf(WorkflowTemplates.EMPLOYEE_ONBOARDING);

        assertThat(workflow.states()).extracting(WorkflowState::key)
                .containsExactly("not_started", "in_progress", "done", "cancelled");
        assertThat(guardOn(workflow, "in_progress", "done")).isEqualTo(Guard.childrenDone());
        assertThat(workflow.check("in_progress", "done", GuardContext.forMember(aWorkItem(), MemberRole.MEMBER)
                .withChildren(List.of(DONE, TODO))).allowed()).isFalse();
        assertThat(workflow.outgoing("not_started")).extracting(Transition::to).contains("cancelled");
    }
}
