package io.worklane.domain.audit;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.UUID;

/** Port: the audit log. */
public interface AuditLog {
    /** Inside the current use case's transaction: the fact commits with the change it describes. */
    Uni<Void> record(AuditEvent event);

    /** On its own, outside any use case (a failed authentication has no transaction to join). */
    Uni<Void> recordAlone(AuditEvent event);

    /** A workspace's audit events, oldest first. */
    Uni<Page<AuditEvent>> list(UUID workspaceId, PageRequest page);
}
