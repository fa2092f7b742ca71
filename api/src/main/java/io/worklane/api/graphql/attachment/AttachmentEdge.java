package io.worklane.api.graphql.attachment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An attachment and its cursor.")
public record AttachmentEdge(@Description("Where this edge is: pass it as after: to read on from it.") @NonNull String cursor, @Description("The attachment.") @NonNull Attachment node) {
}
