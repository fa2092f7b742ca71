package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspace;
import io.worklane.domain.workspace.Workspaces;
import io.worklane.domain.apikey.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Tenant access: resolves the workspace a request names and refuses it as "not found" when the
 * caller may not see it, so another tenant's workspace is indistinguishable from a missing one.
 */
@ApplicationScoped
public class Access {
    private final Workspaces workspaces;

    public Access(Workspaces workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * The workspace named by {@code ref}, if the caller may see it (else 404) and holds the scope
     * the operation needs (else 403 INSUFFICIENT_SCOPE: checked second, so it reveals nothing).
     */
    public Uni<Workspace> workspace(Caller caller, String ref, Scope needed) {
        return workspaces.find(ref).map(found -> {
            Workspace ws = found.filter(w -> maySee(caller, w.id()))
                    .orElseThrow(() -> DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", ref));
            requireScope(caller, needed);
            return ws;
        });
    }

    /** The same rule for reads that already hold a workspace id (nested GraphQL fields): no statement. */
    public static void require(Caller caller, UUID workspaceId, Scope needed) {
        if (!maySee(caller, workspaceId)) {
            throw DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", workspaceId.toString());
        }
        requireScope(caller, needed);
    }

    public static boolean maySee(Caller caller, UUID workspaceId) {
        // a signed-in user who is no member of any workspace yet (workspaceId null) sees none
        return caller.instanceAdmin() || (caller.workspaceId() != null && caller.workspaceId().equals(workspaceId));
    }

    private static void requireScope(Caller caller, Scope needed) {
        if (!caller.holds(needed)) {
            throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, "This API key lacks the scope '"
                    + needed.value() + "' that this operation needs. Ask a workspace admin for a key that has it.");
        }
    }

    public void requireInstanceAdmin(Caller caller, String action) {
        if (!caller.instanceAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the instance administrator may " + action + ".");
        }
    }
}
