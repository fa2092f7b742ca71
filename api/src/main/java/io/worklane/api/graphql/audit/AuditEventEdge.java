package io.worklane.api.graphql.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An audit event and its cursor.")
public record AuditEventEdge(@Description("Pass as after: to read on from it.") @NonNull String cursor,
                             @Description("The audit event.") @NonNull AuditEvent node) {
}
