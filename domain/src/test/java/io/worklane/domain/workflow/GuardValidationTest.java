package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkflowDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Guards on transitions[2], done → todo, so every path below starts with transitions[2].guards. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GuardValidationTest {

    private static List<FieldError> errorsOf(Guard... guards) {
        DomainException e = catchThrowableOfType(
                () -> Workflow.create(WORKSPACE_ID, aWorkflowDefinition().guarded("done", "todo", guards).build(), NOW),
                DomainException.class);
        assertThat(e).as("refusal").isNotNull();
        return e.errors();
    }

    private static Workflow accepted(Guard... guards) {
        return Workflow.create(WORKSPACE_ID, aWorkflowDefinition().guarded("done", "todo", guards).build(), NOW);
    }

    @Test
    void every_kind_of_guard_is_accepted_when_well_formed() {
        Workflow workflow = accepted(Guard.requiredFields("dueDate", "assignees", "customFields.cost_center"),
                Guard.roles("OWNER", "ADMIN"), Guard.approval(), Guard.childrenDone(), Guard.predecessorsDone(),
                Guard.condition("priority = HIGH"));

        assertThat(workflow.transitions().get(2).guards()).extracting(Guard::type).containsExactly(
                GuardType.REQUIRED_FIELDS, GuardType.ROLES, GuardType.APPROVAL, GuardType.CHILDREN_DONE,
                GuardType.PREDECESSORS_DONE, GuardType.CONDITION);
    }

    @Test
    void required_fields_must_name_known_fields() {
        List<FieldError> errors = errorsOf(Guard.approval(), Guard.requiredFields("status", "dueDate", "customFields.Bad"));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("transitions[2].guards[1].fields[0]", "UNKNOWN_FIELD"),
                tuple("transitions[2].guards[1].fields[2]", "UNKNOWN_FIELD"));
        assertThat(errors.get(0).message()).startsWith("'status' is not a field a guard can require");
    }

    @Test
    void required_fields_must_name_at_least_one_field_each_once() {
        assertThat(errorsOf(Guard.requiredFields())).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[0].fields", "REQUIRED"));
        assertThat(errorsOf(Guard.requiredFields("dueDate", "dueDate"))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[0].fields[1]", "DUPLICATE"));
    }

    @Test
    void roles_must_be_member_roles() {
        List<FieldError> errors = errorsOf(Guard.roles("ADMIN", "admin", "BOSS"));

        assertThat(errors).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("transitions[2].guards[0].roles[1]", "UNKNOWN_ROLE"),
                tuple("transitions[2].guards[0].roles[2]", "UNKNOWN_ROLE"));
        assertThat(errors.get(1).message()).isEqualTo("'BOSS' is not a role; use OWNER, ADMIN, MEMBER, VIEWER or GUEST");
        assertThat(errorsOf(Guard.roles())).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[0].roles", "REQUIRED"));
    }

    @Test
    void a_malformed_filter_is_refused_at_the_guard_path_with_the_filter_message() {
        List<FieldError> errors = errorsOf(Guard.approval(), Guard.childrenDone(), Guard.condition("priority ~ HIGH"));

        assertThat(errors).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[2].filter", "INVALID_FILTER"));
        assertThat(errors.get(0).message()).contains("position 10").contains("'~'");
    }

    @Test
    void a_filter_on_an_unknown_field_is_refused() {
        assertThat(errorsOf(Guard.condition("colour = red"))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[0].filter", "INVALID_FILTER"));
    }

    @Test
    void a_condition_needs_a_filter() {
        assertThat(errorsOf(Guard.condition(" "))).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[0].filter", "REQUIRED"));
    }

    @Test
    void a_null_guard_is_named() {
        assertThat(errorsOf(Guard.approval(), null)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards[1]", "REQUIRED"));
    }

    @Test
    void at_most_20_guards_per_transition() {
        Guard[] many = java.util.stream.Stream.generate(Guard::approval).limit(21).toArray(Guard[]::new);

        assertThat(errorsOf(many)).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("transitions[2].guards", "TOO_MANY"));
        assertThat(accepted(java.util.Arrays.copyOf(many, 20)).transitions().get(2).guards()).hasSize(20);
    }
}
