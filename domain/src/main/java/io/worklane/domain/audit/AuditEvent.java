package io.worklane.domain.audit;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A security-relevant fact: who did what to which credential or membership, or which credential
 * failed to authenticate. {@code workspaceId} is null for facts about the instance itself.
 */
public record AuditEvent(UUID id, UUID workspaceId, Instant occurredAt, String action, Actor actor,
                         String targetKind, String targetId, Map<String, Object> details) {

    public static AuditEvent of(UUID workspaceId, Instant at, String action, Actor actor, String targetKind,
                                String targetId, Map<String, Object> details) {
        return new AuditEvent(Ids.newId(), workspaceId, at, action, actor, targetKind, targetId,
                details == null ? Map.of() : details);
    }
}
