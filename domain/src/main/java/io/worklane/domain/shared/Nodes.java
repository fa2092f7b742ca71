package io.worklane.domain.shared;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * Port: finds what kind of object an id names, and where it lives, without knowing its type in
 * advance. Serves GraphQL's {@code node(id:)}: the caller then loads the object through the use
 * case of its kind, which checks access like any other read.
 */
public interface Nodes {
    enum Kind { WORKSPACE, MEMBER, PROJECT, CUSTOM_FIELD, WORK_ITEM, COMMENT, APPROVAL, PORTFOLIO, TEAM }

    /**
     * @param workspaceId the workspace of the object (its own id for a workspace)
     * @param ownerId     the object it hangs from, when its lookup needs it: the project of a
     *                    custom field or work item, the work item of a comment or approval; null otherwise
     */
    record Ref(Kind kind, UUID id, UUID workspaceId, UUID ownerId) {
    }

    /**
     * One statement. {@code onlyIn} limits the search to those workspaces (null: all, for the
     * instance administrator), so another tenant's id is not found at all.
     */
    Uni<Optional<Ref>> locate(UUID id, Collection<UUID> onlyIn);
}
