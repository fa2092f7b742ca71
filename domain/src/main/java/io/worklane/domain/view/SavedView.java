package io.worklane.domain.view;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.UUID;

/** A saved view of a workspace's work items, owned by the member or key that saved it. */
public record SavedView(UUID id, UUID workspaceId, Actor owner, ViewDefinition definition, long version,
                        Instant createdAt, Instant updatedAt) {

    public static SavedView create(UUID workspaceId, Actor owner, ViewDefinition definition, Instant now) {
        return new SavedView(Ids.newId(), workspaceId, owner, definition.validated(), 0, now, now);
    }

    public SavedView change(ViewDefinition changed, Instant now) {
        return new SavedView(id, workspaceId, owner, changed.validated(), version, createdAt, now);
    }

    /** A shared view is everyone's; a private one its owner's alone (to others it does not exist). */
    public boolean isVisibleTo(Actor actor) {
        return definition.sharing() == ViewSharing.WORKSPACE || isOwnedBy(actor);
    }

    public boolean isOwnedBy(Actor actor) {
        return owner.kind() == actor.kind() && owner.id().equals(actor.id());
    }
}
