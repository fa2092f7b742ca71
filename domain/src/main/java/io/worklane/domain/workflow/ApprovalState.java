package io.worklane.domain.workflow;

import io.worklane.domain.workflow.approval.Approval;

/** Where the latest approval request on a work item stands; NONE when nobody asked for one. */
public enum ApprovalState {
    NONE, PENDING, APPROVED, REJECTED;

    /** The summary of the latest approval, or NONE for null. */
    public static ApprovalState of(Approval latest) {
        return latest == null ? NONE : valueOf(latest.status().name());
    }
}
