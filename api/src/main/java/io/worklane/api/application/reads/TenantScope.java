package io.worklane.api.application.reads;

import io.worklane.api.application.shared.Caller;
import java.util.List;
import java.util.UUID;

/**
 * Where a caller may look for an object it names only by id (node lookup): its own workspace, or
 * all of them for the instance administrator.
 */
final class TenantScope {
    private TenantScope() {
    }

    /** The workspaces the caller may search in: null means all (the instance administrator). */
    static List<UUID> searchable(Caller caller) {
        // null for the instance administrator; empty for a signed-in user who is no member yet
        return caller.instanceAdmin() ? null : List.copyOf(caller.workspaceIds());
    }
}
