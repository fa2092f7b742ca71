package io.worklane.api.graphql.approval;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of requestApproval, approveApproval and rejectApproval. */
public record ApprovalPayload(@NonNull Approval approval) {
}
