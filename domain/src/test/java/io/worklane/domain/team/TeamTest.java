package io.worklane.domain.team;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.ADA_AS_AUTHOR;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.approval.Approval;
import io.worklane.domain.workflow.approval.ApprovalPolicy;
import io.worklane.domain.workflow.approval.ApprovalStatus;
import io.worklane.domain.workflow.approval.Verdict;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Teams (ADR 0070): the lead is always a member, members are listed once, and a team's approval rules. */
class TeamTest {
    private static final UUID ITEM = UUID.fromString("0195a2b0-0000-7000-8000-0000000000e1");

    private static Team platform(UUID lead, UUID... members) {
        return Team.create(WORKSPACE_ID, new NewTeam(" Platform ", null, lead, List.of(members)), NOW);
    }

    @Test
    void theLeadJoinsTheTeamFirstAndLeavingLeavesItWithoutALead() {
        Team team = platform(ADA, GRACE);
        assertThat(team.name()).isEqualTo("Platform");
        assertThat(team.memberIds()).containsExactly(ADA, GRACE);

        Team without = team.remove(ADA, LATER);
        assertThat(without.leadId()).isNull();
        assertThat(without.memberIds()).containsExactly(GRACE);
        Team led = without.change(new TeamChanges(Change.absent(), Change.absent(), Change.to(ADA)), LATER);
        assertThat(led.memberIds()).containsExactly(GRACE, ADA);
    }

    @Test
    void addingAMemberTwiceChangesNothingButListingThemTwiceIsRefused() {
        Team team = platform(null, ADA);
        assertThat(team.add(ADA, LATER)).isSameAs(team);
        assertThatThrownBy(() -> platform(null, ADA, ADA)).isInstanceOfSatisfying(DomainException.class,
                invalid("members", "DUPLICATE"));
        assertThatThrownBy(() -> team.remove(GRACE, LATER)).isInstanceOfSatisfying(DomainException.class,
                refusedWith(ErrorCode.TEAM_MEMBER_NOT_FOUND));
        assertThatThrownBy(() -> Team.create(WORKSPACE_ID, new NewTeam(" ", null, null, List.of()), NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("name", "REQUIRED"));
    }

    @Test
    void aTeamFullOfMembersTakesNoMore() {
        Team team = platform(null);
        for (int i = 0; i < Team.MAX_MEMBERS; i++) {
            team = team.add(UUID.randomUUID(), LATER);
        }
        Team full = team;
        assertThatThrownBy(() -> full.add(ADA, LATER)).isInstanceOfSatisfying(DomainException.class,
                refusedWith(ErrorCode.TEAM_FULL));
    }

    @Test
    void anyMemberOfTheApprovingTeamDecidesAndAllIsRefused() {
        UUID team = UUID.randomUUID();
        Approval approval = Approval.request(WORKSPACE_ID, ITEM, List.of(), null, team, ApprovalPolicy.ANY,
                ADA_AS_AUTHOR, NOW);
        assertThatThrownBy(() -> approval.decide(GRACE, MemberRole.ADMIN, false, Verdict.APPROVE, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.NOT_AN_APPROVER));
        assertThat(approval.decide(GRACE, MemberRole.MEMBER, true, Verdict.APPROVE, null, LATER).status())
                .isEqualTo(ApprovalStatus.APPROVED);
        assertThatThrownBy(() -> Approval.request(WORKSPACE_ID, ITEM, List.of(), null, team, ApprovalPolicy.ALL,
                ADA_AS_AUTHOR, NOW)).isInstanceOfSatisfying(DomainException.class, invalid("policy", "NOT_ALLOWED"));
        assertThatThrownBy(() -> Approval.request(WORKSPACE_ID, ITEM, List.of(ADA), null, team, ApprovalPolicy.ANY,
                ADA_AS_AUTHOR, NOW)).isInstanceOfSatisfying(DomainException.class,
                invalid("approverTeam", "NOT_ALLOWED"));
    }
}
