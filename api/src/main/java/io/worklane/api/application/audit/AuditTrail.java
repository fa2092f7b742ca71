package io.worklane.api.application.audit;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.audit.AuditEvent;
import io.worklane.domain.audit.AuditLog;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * The audit trail of security-relevant facts: written by the use cases that change credentials and
 * memberships (in their transaction), read by workspace administrators.
 */
@ApplicationScoped
public class AuditTrail {
    private final AuditLog log;
    private final Access access;
    private final Now now;

    public AuditTrail(AuditLog log, Access access, Now now) {
        this.log = log;
        this.access = access;
        this.now = now;
    }

    /** Records a fact inside the caller's current transaction. */
    public Uni<Void> record(Caller caller, UUID workspaceId, String action, String targetKind, Object targetId,
                            Map<String, Object> details) {
        return log.record(AuditEvent.of(workspaceId, now.instant(), action, caller.actorIn(workspaceId), targetKind,
                String.valueOf(targetId), details));
    }

    /** Reading the audit trail is for workspace administrators (scope {@code admin}). */
    public Uni<Page<AuditEvent>> list(Caller caller, String wsRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.ADMIN).chain(ws -> log.list(ws.id(), page));
    }
}
