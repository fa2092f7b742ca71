package io.worklane.domain.workflow.approval;

import static io.worklane.domain.Fixtures.ADA;
import static io.worklane.domain.Fixtures.ADA_AS_AUTHOR;
import static io.worklane.domain.Fixtures.GRACE;
import static io.worklane.domain.Fixtures.LATER;
import static io.worklane.domain.Fixtures.MUCH_LATER;
import static io.worklane.domain.Fixtures.NOW;
import static io.worklane.domain.Fixtures.WORKSPACE_ID;
import static io.worklane.domain.Refusals.invalid;
import static io.worklane.domain.Refusals.refusedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workflow.ApprovalState;
import io.worklane.domain.workspace.MemberRole;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalTest {
    private static final UUID ITEM = UUID.fromString("0195a2b0-0000-7000-8000-0000000000aa");
    private static final UUID LINUS = UUID.fromString("0195a2b0-0000-7000-8000-00000000beef");

    private static Approval fromMembers(ApprovalPolicy policy, UUID... approvers) {
        return Approval.request(WORKSPACE_ID, ITEM, List.of(approvers), null, policy, ADA_AS_AUTHOR, NOW);
    }

    private static Approval fromRole(MemberRole role) {
        return Approval.request(WORKSPACE_ID, ITEM, List.of(), role, ApprovalPolicy.ANY, ADA_AS_AUTHOR, NOW);
    }

    // --- requesting -------------------------------------------------------------------------

    @Test
    void a_request_starts_pending_without_decisions() {
        Approval approval = fromMembers(ApprovalPolicy.ALL, ADA, GRACE);

        assertThat(approval.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(approval.decisions()).isEmpty();
        assertThat(approval.requestedBy()).isEqualTo(ADA_AS_AUTHOR);
        assertThat(approval.version()).isZero();
        assertThat(approval.pendingApprovers()).containsExactly(ADA, GRACE);
        assertThat(ApprovalState.of(approval)).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void a_request_names_approvers_or_a_role() {
        assertThatThrownBy(() -> fromMembers(ApprovalPolicy.ANY))
                .isInstanceOfSatisfying(DomainException.class, invalid("approverIds", "REQUIRED"));
        assertThatThrownBy(() -> Approval.request(WORKSPACE_ID, ITEM, List.of(ADA), MemberRole.ADMIN,
                ApprovalPolicy.ANY, ADA_AS_AUTHOR, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("approverRole", "NOT_ALLOWED"));
    }

    @Test
    void a_role_request_may_leave_the_approvers_out() {
        Approval approval = Approval.request(WORKSPACE_ID, ITEM, null, MemberRole.ADMIN, ApprovalPolicy.ANY,
                ADA_AS_AUTHOR, NOW);

        assertThat(approval.approverIds()).isEmpty();
        assertThatThrownBy(() -> Approval.request(WORKSPACE_ID, ITEM, null, null, ApprovalPolicy.ANY, ADA_AS_AUTHOR,
                NOW)).isInstanceOfSatisfying(DomainException.class, invalid("approverIds", "REQUIRED"));
    }

    @Test
    void at_most_50_distinct_approvers() {
        UUID[] fifty = Stream.generate(UUID::randomUUID).limit(50).toArray(UUID[]::new);
        assertThat(fromMembers(ApprovalPolicy.ALL, fifty).approverIds()).hasSize(50);

        UUID[] fiftyOne = Arrays.copyOf(fifty, 51);
        fiftyOne[50] = UUID.randomUUID();
        assertThatThrownBy(() -> fromMembers(ApprovalPolicy.ALL, fiftyOne))
                .isInstanceOfSatisfying(DomainException.class, invalid("approverIds", "TOO_MANY"));
        assertThatThrownBy(() -> fromMembers(ApprovalPolicy.ALL, ADA, ADA))
                .isInstanceOfSatisfying(DomainException.class, invalid("approverIds", "DUPLICATE"));
    }

    @Test
    void a_policy_is_required() {
        assertThatThrownBy(() -> fromMembers(null, ADA))
                .isInstanceOfSatisfying(DomainException.class, invalid("policy", "REQUIRED"));
    }

    @Test
    void a_role_with_policy_ALL_is_refused_as_ill_defined() {
        assertThatThrownBy(() -> Approval.request(WORKSPACE_ID, ITEM, List.of(), MemberRole.ADMIN,
                ApprovalPolicy.ALL, ADA_AS_AUTHOR, NOW))
                .isInstanceOfSatisfying(DomainException.class, invalid("policy", "NOT_ALLOWED"))
                .hasMessageContaining("Use ANY with a role");
    }

    // --- deciding ---------------------------------------------------------------------------

    @Test
    void with_ANY_the_first_approval_approves() {
        Approval approved = fromMembers(ApprovalPolicy.ANY, ADA, GRACE)
                .decide(GRACE, MemberRole.MEMBER, Verdict.APPROVE, "Looks good", LATER);

        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.decisions()).containsExactly(
                new ApprovalDecision(GRACE, Verdict.APPROVE, "Looks good", LATER));
        assertThat(approved.updatedAt()).isEqualTo(LATER);
        assertThat(ApprovalState.of(approved)).isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void with_ANY_a_rejection_rejects() {
        assertThat(fromMembers(ApprovalPolicy.ANY, ADA, GRACE)
                .decide(ADA, MemberRole.ADMIN, Verdict.REJECT, null, LATER).status())
                .isEqualTo(ApprovalStatus.REJECTED);
    }

    @Test
    void with_ALL_every_named_approver_must_approve() {
        Approval oneOfTwo = fromMembers(ApprovalPolicy.ALL, ADA, GRACE)
                .decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, null, LATER);
        assertThat(oneOfTwo.status()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(oneOfTwo.pendingApprovers()).containsExactly(GRACE);

        Approval both = oneOfTwo.decide(GRACE, MemberRole.MEMBER, Verdict.APPROVE, null, MUCH_LATER);
        assertThat(both.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(both.decisions()).extracting(ApprovalDecision::memberId).containsExactly(ADA, GRACE);
    }

    @Test
    void with_ALL_one_rejection_rejects() {
        Approval rejected = fromMembers(ApprovalPolicy.ALL, ADA, GRACE, LINUS)
                .decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, null, LATER)
                .decide(LINUS, MemberRole.MEMBER, Verdict.REJECT, "Over budget", MUCH_LATER);

        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(ApprovalState.of(rejected)).isEqualTo(ApprovalState.REJECTED);
    }

    @Test
    void a_member_holding_the_role_may_decide() {
        assertThat(fromRole(MemberRole.ADMIN).decide(LINUS, MemberRole.ADMIN, Verdict.APPROVE, null, LATER).status())
                .isEqualTo(ApprovalStatus.APPROVED);
    }

    @Test
    void someone_not_named_may_not_decide() {
        assertThatThrownBy(() -> fromMembers(ApprovalPolicy.ANY, ADA)
                .decide(GRACE, MemberRole.OWNER, Verdict.APPROVE, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.NOT_AN_APPROVER))
                .hasMessage("Only the members named as approvers may decide this approval.");
    }

    @Test
    void someone_without_the_role_may_not_decide() {
        assertThatThrownBy(() -> fromRole(MemberRole.ADMIN).decide(GRACE, MemberRole.OWNER, Verdict.APPROVE, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.NOT_AN_APPROVER))
                .hasMessage("Only members with the role ADMIN may decide this approval; you are OWNER.");
    }

    @Test
    void a_decided_approval_takes_no_more_decisions() {
        Approval approved = fromMembers(ApprovalPolicy.ANY, ADA, GRACE)
                .decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, null, LATER);

        assertThatThrownBy(() -> approved.decide(GRACE, MemberRole.MEMBER, Verdict.REJECT, null, MUCH_LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.APPROVAL_ALREADY_DECIDED))
                .hasMessage("This approval is already APPROVED.");
    }

    @Test
    void an_approver_decides_only_once() {
        Approval once = fromMembers(ApprovalPolicy.ALL, ADA, GRACE)
                .decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, null, LATER);

        assertThatThrownBy(() -> once.decide(ADA, MemberRole.MEMBER, Verdict.REJECT, null, MUCH_LATER))
                .isInstanceOfSatisfying(DomainException.class, refusedWith(ErrorCode.APPROVAL_ALREADY_DECIDED))
                .hasMessage("You already decided this approval (APPROVE).");
    }

    @Test
    void a_comment_has_at_most_2000_characters_and_a_decision_is_required() {
        Approval approval = fromMembers(ApprovalPolicy.ANY, ADA);

        assertThat(approval.decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, "x".repeat(2000), LATER).status())
                .isEqualTo(ApprovalStatus.APPROVED);
        assertThatThrownBy(() -> approval.decide(ADA, MemberRole.MEMBER, Verdict.APPROVE, "x".repeat(2001), LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("comment", "TOO_LONG"));
        assertThatThrownBy(() -> approval.decide(ADA, MemberRole.MEMBER, null, null, LATER))
                .isInstanceOfSatisfying(DomainException.class, invalid("decision", "REQUIRED"));
    }
}
