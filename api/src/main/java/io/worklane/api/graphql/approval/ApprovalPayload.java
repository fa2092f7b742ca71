package io.worklane.api.graphql.approval;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of requestApproval, approveApproval and rejectApproval. */
@Description("The answer of a mutation that creates or changes an approval.")
public record ApprovalPayload(@Description("The approval as the mutation left it.") @NonNull Approval approval) {
}
