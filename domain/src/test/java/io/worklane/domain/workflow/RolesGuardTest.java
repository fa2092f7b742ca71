package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RolesGuardTest {

    private static GuardResult asMember(MemberRole role, String... roles) {
        return Guard.roles(roles).evaluate(GuardContext.forMember(aWorkItem(), role));
    }

    private static GuardResult asAdministratorCredential(String... roles) {
        return Guard.roles(roles).evaluate(GuardContext.forAdministrator(aWorkItem()));
    }

    @Test
    void a_member_holding_an_allowed_role_passes() {
        assertThat(asMember(MemberRole.ADMIN, "OWNER", "ADMIN"))
                .isEqualTo(new GuardResult(GuardType.ROLES, true, "You are ADMIN, which may make this transition."));
    }

    @Test
    void a_member_without_an_allowed_role_is_told_who_may() {
        assertThat(asMember(MemberRole.MEMBER, "ADMIN"))
                .isEqualTo(new GuardResult(GuardType.ROLES, false,
                        "Only ADMIN may make this transition; you are MEMBER."));
        assertThat(asMember(MemberRole.VIEWER, "OWNER", "ADMIN").reason())
                .isEqualTo("Only OWNER or ADMIN may make this transition; you are VIEWER.");
    }

    @Test
    void the_roles_are_a_set_not_a_minimum() {
        assertThat(asMember(MemberRole.OWNER, "MEMBER").passed()).isFalse();
    }

    @Test
    void an_administrator_credential_passes_when_ADMIN_or_OWNER_is_allowed() {
        assertThat(asAdministratorCredential("ADMIN").passed()).isTrue();
        assertThat(asAdministratorCredential("OWNER").reason())
                .isEqualTo("You act as a workspace administrator, which may make this transition.");
    }

    @Test
    void an_administrator_credential_is_not_a_MEMBER() {
        assertThat(asAdministratorCredential("MEMBER"))
                .isEqualTo(new GuardResult(GuardType.ROLES, false,
                        "Only MEMBER may make this transition; an administrator credential counts only as OWNER or ADMIN."));
    }

    @Test
    void an_api_key_without_the_admin_scope_has_no_role() {
        GuardContext apiKey = new GuardContext(aWorkItem(), Optional.empty(), false, ApprovalState.NONE, List.of(),
                List.of());

        assertThat(Guard.roles("MEMBER", "ADMIN").evaluate(apiKey).reason())
                .isEqualTo("Only MEMBER or ADMIN may make this transition; you have no role in this workspace.");
    }

    @Test
    void unknown_role_names_are_left_out_of_the_allowed_set() {
        assertThat(new RolesGuard(List.of("ADMIN", "BOSS")).allowed()).containsExactly(MemberRole.ADMIN);
        assertThat(RolesGuard.isKnownRole("admin")).isFalse();
    }
}
