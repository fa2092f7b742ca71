package io.worklane.api.graphql.attachment;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An attachment and its cursor.")
public record AttachmentEdge(@NonNull String cursor, @NonNull Attachment node) {
}
