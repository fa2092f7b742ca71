package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createComment and updateComment. */
public record CommentPayload(@NonNull Comment comment) {
}
