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
            Workspace ws = found.filter(w -> caller.maySee(w.id()))
                    .orElseThrow(() -> DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", ref));
            requireScope(caller, ws.id(), needed);
            return ws;
        });
    }

    /**
     * The workspace named by {@code ref}, if the caller may see it (else 404), its scope left to the use case: one
     * that a project's role may stand in for (ADR 0084) checks it with {@code ProjectAccess}.
     */
    public Uni<Workspace> workspace(Caller caller, String ref) {
        return workspaces.find(ref).map(found -> found.filter(w -> caller.maySee(w.id()))
                .orElseThrow(() -> DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", ref)));
    }

    /** The same rule for reads that already hold a workspace id (nested GraphQL fields): no statement. */
    public static void require(Caller caller, UUID workspaceId, Scope needed) {
        if (!caller.maySee(workspaceId)) {
            throw DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", workspaceId.toString());
        }
        requireScope(caller, workspaceId, needed);
    }

    private static void requireScope(Caller caller, UUID workspaceId, Scope needed) {
        if (caller.holds(workspaceId, needed)) {
            return;
        }
        String message = caller.roleIn(workspaceId)
                .map(role -> "Your role " + role + " in this workspace does not allow this operation (it needs '"
                        + needed.value() + "'). Ask a workspace owner or admin for a role that does.")
                .orElse("This API key lacks the scope '" + needed.value()
                        + "' that this operation needs. Ask a workspace admin for a key that has it.");
        throw new DomainException(ErrorCode.INSUFFICIENT_SCOPE, message);
    }

    public void requireInstanceAdmin(Caller caller, String action) {
        if (!caller.instanceAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the instance administrator may " + action + ".");
        }
    }
}
