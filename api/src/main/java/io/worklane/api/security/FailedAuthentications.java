package io.worklane.api.security;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.audit.AuditEvent;
import io.worklane.domain.audit.AuditLog;
import io.worklane.domain.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Puts a revoked or expired key that is still being used on its workspace's audit trail: someone
 * holds a credential that should be gone. Unknown secrets belong to no workspace; they are only
 * logged (and rate-limited by client address).
 */
@ApplicationScoped
public class FailedAuthentications {
    private static final Logger LOG = Logger.getLogger(FailedAuthentications.class);
    private final AuditLog audit;

    public FailedAuthentications(AuditLog audit) {
        this.audit = audit;
    }

    Uni<Void> record(ApiKey key) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String reason = key.revokedAt() != null ? "revoked" : "expired";
        LOG.infof("Refused %s API key %s (%s)", reason, key.prefix(), key.id());
        return audit.recordAlone(AuditEvent.of(key.workspaceId(), now, "authentication.failed",
                        new Actor(Actor.Kind.API_KEY, key.id().toString(), key.name()), "api_key", key.id().toString(),
                        Map.of("reason", reason, "prefix", key.prefix())))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
