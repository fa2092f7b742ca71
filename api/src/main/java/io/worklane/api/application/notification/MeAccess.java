package io.worklane.api.application.notification;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * What "me" operations may see. They need {@code workspace:read} (every role has it; a key must hold it),
 * and show a person only what they hold in each of their workspaces. An API key is nobody: no inbox.
 */
@ApplicationScoped
public class MeAccess {

    /** Refuses a key that lacks workspace:read (403 INSUFFICIENT_SCOPE); anyone else may ask about themselves. */
    public void require(Caller caller) {
        if (caller.instanceAdmin() || caller.grants().isEmpty()) {
            return;
        }
        boolean reads = caller.grants().keySet().stream().anyMatch(ws -> caller.holds(ws, Scope.WORKSPACE_READ));
        if (!reads) {
            throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, "This API key lacks the scope 'workspace:read'"
                    + " that this operation needs. Ask a workspace admin for a key that has it.");
        }
    }

    /** The caller's member ids in the workspaces it may read (none for a key). */
    public Set<UUID> members(Caller caller) {
        require(caller);
        Set<UUID> members = new LinkedHashSet<>();
        caller.grants().forEach((ws, grant) -> {
            if (grant.memberId() != null && caller.holds(ws, Scope.WORKSPACE_READ)) {
                members.add(grant.memberId());
            }
        });
        return members;
    }
}
