package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.workspace.Workspace;
import io.worklane.domain.workspace.Workspaces;
import jakarta.enterprise.context.ApplicationScoped;

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

    public Uni<Workspace> workspace(Caller caller, String ref) {
        return workspaces.find(ref).map(found -> found
                .filter(ws -> caller.instanceAdmin() || ws.id().equals(caller.workspaceId()))
                .orElseThrow(() -> DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", ref)));
    }

    public void requireInstanceAdmin(Caller caller, String action) {
        if (!caller.instanceAdmin()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the instance administrator may " + action + ".");
        }
    }
}
