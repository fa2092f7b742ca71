package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of addMember and updateMember. */
@Description("The answer of a mutation that creates or changes a member.")
public record MemberPayload(@Description("The member as the mutation left it.") @NonNull Member member) {
}
