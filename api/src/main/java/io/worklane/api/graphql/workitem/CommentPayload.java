package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createComment and updateComment. */
@Description("The answer of a mutation that creates or changes a comment.")
public record CommentPayload(@Description("The comment as the mutation left it.") @NonNull Comment comment) {
}
