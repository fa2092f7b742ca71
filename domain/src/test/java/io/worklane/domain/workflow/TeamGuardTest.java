package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Fixtures.aWorkItem;
import static io.worklane.domain.Fixtures.aWorkflowDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.workspace.MemberRole;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamGuardTest {
    private static final UUID RELEASE = UUID.fromString("00000000-0000-7000-8000-00000000a001");
    private static final UUID SUPPORT = UUID.fromString("00000000-0000-7000-8000-00000000a002");
    private static final Map<UUID, String> NAMES = Map.of(RELEASE, "Release", SUPPORT, "Support");

    private static GuardContext member(UUID... in) {
        return GuardContext.forMember(aWorkItem(), MemberRole.MEMBER).withTeams(new ActorTeams(Set.of(in), NAMES));
    }

    @Test
    void a_member_of_one_of_the_teams_passes_and_is_told_which() {
        assertThat(Guard.teams(RELEASE, SUPPORT).evaluate(member(SUPPORT)))
                .isEqualTo(new GuardResult(GuardType.TEAM, true,
                        "You are in team Support, which may make this transition."));
    }

    @Test
    void a_member_of_none_of_them_is_refused_with_the_teams_named() {
        assertThat(Guard.teams(RELEASE).evaluate(member()).reason())
                .isEqualTo("Only members of team Release may make this transition; you are not in it.");
        assertThat(Guard.teams(RELEASE, SUPPORT).evaluate(member()))
                .isEqualTo(new GuardResult(GuardType.TEAM, false,
                        "Only members of team Release or Support may make this transition; you are in none of them."));
    }

    @Test
    void an_administrator_credential_or_a_rule_is_in_no_team_even_when_ROLES_would_let_it_pass() {
        GuardContext admin = GuardContext.forAdministrator(aWorkItem()).withTeams(new ActorTeams(Set.of(), NAMES));
        GuardResult result = Guard.teams(RELEASE).evaluate(admin);

        assertThat(result.passed()).isFalse();
        assertThat(result.reason()).startsWith("Only members of team Release may make this transition; only people"
                + " belong to teams");
        assertThat(Guard.roles("ADMIN").evaluate(admin).passed()).isTrue();
    }

    @Test
    void a_team_whose_name_is_unknown_is_named_by_its_id() {
        assertThat(Guard.teams(RELEASE).evaluate(GuardContext.forMember(aWorkItem(), MemberRole.OWNER)).reason())
                .startsWith("Only members of team " + RELEASE + " may");
    }

    @Test
    void a_workflow_lists_the_teams_its_guards_name_and_validation_wants_ids_once() {
        Workflow workflow = Workflow.create(WORKSPACE_ID, aWorkflowDefinition()
                .guarded("done", "todo", Guard.teams(SUPPORT), Guard.approval(), Guard.teams(RELEASE, SUPPORT))
                .build(), NOW);
        assertThat(workflow.teamIds()).containsExactly(SUPPORT, RELEASE);

        DomainException e = catchThrowableOfType(() -> Workflow.create(WORKSPACE_ID, aWorkflowDefinition()
                .guarded("done", "todo", new TeamGuard(Arrays.asList(RELEASE, null, RELEASE)), Guard.teams())
                .build(), NOW), DomainException.class);
        assertThat(e.errors()).extracting(FieldError::field, FieldError::code).containsExactly(
                tuple("transitions[2].guards[0].teams[1]", "INVALID_VALUE"),
                tuple("transitions[2].guards[0].teams[2]", "DUPLICATE"),
                tuple("transitions[2].guards[1].teams", "REQUIRED"));
    }
}
