package io.worklane.api.permissions;

import java.util.function.Function;

/**
 * One operation of the matrix, REST or GraphQL: {@code operation} is the name of its row in
 * docs/permissions.md (operationId, root field or {@code Type.field}); {@code send} sends it with a key;
 * {@code startsAtWorkspace} when it is reached through {@code workspace(idOrSlug:)} (which needs
 * workspace:read itself); {@code afterDeletion} for a delete sent again once its object is gone (only the
 * refusal is checked); {@code notCovered} says why no request could be built (the case then fails).
 */
record PermissionCase(String api, String operation, String request, int order, Function<String, Outcome> send,
                      boolean startsAtWorkspace, boolean afterDeletion, String notCovered) {

    /**
     * The key of this case in {@link KnownMismatches}: "REST updateProject", "GraphQL Workspace.auditEvents",
     * "GraphQL deleteProject, object already deleted".
     */
    String key() {
        return api + " " + operation + (afterDeletion ? ", object already deleted" : "");
    }

    /**
     * The same delete once more, after the deletes of the declared scope ran: the scope is checked before
     * the object is looked up, so a caller without it is refused the same (403, not 404).
     */
    PermissionCase again() {
        return new PermissionCase(api, operation, request, PermissionCases.AFTER_ALL_DELETES, send, startsAtWorkspace,
                true, notCovered);
    }
}
