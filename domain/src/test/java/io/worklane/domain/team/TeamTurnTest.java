package io.worklane.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Who is next in a team's round robin, and who is least loaded. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TeamTurnTest {
    private static final UUID TEAM = UUID.randomUUID();
    private static final UUID ADA = UUID.fromString("00000000-0000-7000-8000-0000000000a1");
    private static final UUID ALAN = UUID.fromString("00000000-0000-7000-8000-0000000000a2");
    private static final UUID GRACE = UUID.fromString("00000000-0000-7000-8000-0000000000a3");

    private static UUID after(UUID last) {
        return new TeamTurn(TEAM, "Support", List.of(ADA, ALAN, GRACE), last).next();
    }

    @Test
    void the_round_starts_with_the_first_member_to_join_and_goes_in_join_order() {
        assertThat(after(null)).isEqualTo(ADA);
        assertThat(after(ADA)).isEqualTo(ALAN);
        assertThat(after(ALAN)).isEqualTo(GRACE);
    }

    @Test
    void after_the_last_member_the_round_starts_again() {
        assertThat(after(GRACE)).isEqualTo(ADA);
    }

    @Test
    void when_the_member_assigned_last_has_left_the_round_restarts() {
        assertThat(after(UUID.randomUUID())).isEqualTo(ADA);
    }

    @Test
    void a_team_without_members_has_no_one_to_assign_and_says_so() {
        DomainException e = catchThrowableOfType(() -> new TeamTurn(TEAM, "Support", List.of(), null).next(),
                DomainException.class);
        assertThat(e.code()).isEqualTo(ErrorCode.TEAM_EMPTY);
        assertThat(e.getMessage()).isEqualTo("Team Support has no members, so there is no one to assign: add members"
                + " to the team or change the rule.");
        assertThat(catchThrowableOfType(() -> MemberLoad.leastLoaded("Support", List.of()), DomainException.class)
                .code()).isEqualTo(ErrorCode.TEAM_EMPTY);
    }

    @Test
    void the_least_loaded_member_has_the_fewest_assigned_minutes() {
        assertThat(MemberLoad.leastLoaded("Support", List.of(new MemberLoad(ADA, 600), new MemberLoad(ALAN, 60),
                new MemberLoad(GRACE, 120)))).isEqualTo(ALAN);
    }

    @Test
    void on_a_tie_the_earlier_joiner_is_least_loaded() {
        assertThat(MemberLoad.leastLoaded("Support", List.of(new MemberLoad(ADA, 90), new MemberLoad(ALAN, 30),
                new MemberLoad(GRACE, 30)))).isEqualTo(ALAN);
    }
}
