package io.worklane.api.application.reads;

import io.worklane.api.application.shared.Caller;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;

/**
 * The tenant rule of {@link io.worklane.api.application.shared.Access}, for reads that already hold
 * workspace ids (nested GraphQL fields): checked in memory, so a batch costs no extra statement.
 */
final class TenantScope {
    private TenantScope() {
    }

    static boolean maySee(Caller caller, UUID workspaceId) {
        return caller.instanceAdmin() || workspaceId.equals(caller.workspaceId());
    }

    /** Refuses like Access does: another tenant's workspace does not exist for the caller. */
    static void require(Caller caller, UUID workspaceId) {
        if (!maySee(caller, workspaceId)) {
            throw DomainException.notFound(ErrorCode.WORKSPACE_NOT_FOUND, "Workspace", workspaceId.toString());
        }
    }

    /** The workspaces the caller may search in: null means all (the instance administrator). */
    static List<UUID> searchable(Caller caller) {
        return caller.instanceAdmin() ? null : List.of(caller.workspaceId());
    }
}
