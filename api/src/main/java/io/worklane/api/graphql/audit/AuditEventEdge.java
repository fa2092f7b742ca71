package io.worklane.api.graphql.audit;

import org.eclipse.microprofile.graphql.NonNull;

public record AuditEventEdge(@NonNull String cursor, @NonNull AuditEvent node) {
}
