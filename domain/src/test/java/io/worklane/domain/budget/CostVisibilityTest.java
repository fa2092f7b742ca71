package io.worklane.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.worklane.domain.workspace.MemberRole;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CostVisibilityTest {
    private static final UUID ME = UUID.randomUUID();
    private static final UUID SOMEONE = UUID.randomUUID();

    @Test
    void owners_admins_and_keys_always_see_costs() {
        assertThat(CostVisibility.maySee(MemberRole.OWNER, ME, SOMEONE, false)).isTrue();
        assertThat(CostVisibility.maySee(MemberRole.ADMIN, ME, SOMEONE, false)).isTrue();
        assertThat(CostVisibility.maySee(null, null, SOMEONE, false)).isTrue();
    }

    @Test
    void a_member_sees_them_as_the_project_lead_or_where_the_budget_allows_members() {
        assertThat(CostVisibility.maySee(MemberRole.MEMBER, ME, ME, false)).isTrue();
        assertThat(CostVisibility.maySee(MemberRole.MEMBER, ME, SOMEONE, true)).isTrue();
        assertThat(CostVisibility.maySee(MemberRole.MEMBER, ME, SOMEONE, false)).isFalse();
        assertThat(CostVisibility.maySee(MemberRole.MEMBER, ME, null, false)).isFalse();
        assertThat(CostVisibility.narrowedTo(MemberRole.MEMBER, ME)).isEqualTo(ME);
        assertThat(CostVisibility.narrowedTo(MemberRole.ADMIN, ME)).isNull();
    }

    @Test
    void guests_and_viewers_never_do_even_as_lead() {
        assertThat(CostVisibility.maySee(MemberRole.GUEST, ME, ME, true)).isFalse();
        assertThat(CostVisibility.maySee(MemberRole.VIEWER, ME, ME, true)).isFalse();
    }
}
