package io.worklane.domain.workflow;

import static io.worklane.domain.Fixtures.aMemberMoving;
import static io.worklane.domain.Fixtures.aWorkItem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ApprovalGuardTest {

    private static GuardResult withLatestApproval(ApprovalState state) {
        return Guard.approval().evaluate(aMemberMoving(aWorkItem()).withApproval(state));
    }

    @Test
    void passes_when_the_latest_approval_is_approved() {
        assertThat(withLatestApproval(ApprovalState.APPROVED))
                .isEqualTo(new GuardResult(GuardType.APPROVAL, true, "The latest approval request is APPROVED."));
    }

    @Test
    void waits_while_the_latest_approval_is_pending() {
        assertThat(withLatestApproval(ApprovalState.PENDING))
                .isEqualTo(new GuardResult(GuardType.APPROVAL, false,
                        "Waiting for approval: the latest approval request is PENDING."));
    }

    @Test
    void a_rejection_asks_for_a_new_request() {
        assertThat(withLatestApproval(ApprovalState.REJECTED))
                .isEqualTo(new GuardResult(GuardType.APPROVAL, false,
                        "The latest approval request was REJECTED; request a new approval first."));
    }

    @Test
    void no_approval_asks_for_one() {
        assertThat(withLatestApproval(ApprovalState.NONE))
                .isEqualTo(new GuardResult(GuardType.APPROVAL, false,
                        "Request an approval first: this item has none yet."));
    }

    @Test
    void a_context_without_approval_summary_means_none() {
        assertThat(aMemberMoving(aWorkItem()).withApproval(null).approval()).isEqualTo(ApprovalState.NONE);
        assertThat(ApprovalState.of(null)).isEqualTo(ApprovalState.NONE);
    }
}
