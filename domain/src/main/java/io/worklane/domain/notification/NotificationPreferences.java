package io.worklane.domain.notification;

import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Port: each member's choices per kind of notification. */
public interface NotificationPreferences {
    /** The preferences of several members of one workspace, in one statement (within the use case's transaction). */
    Uni<Map<UUID, Preferences>> of(UUID workspaceId, Collection<UUID> memberIds);

    /** Saves the choices given (other kinds keep theirs) for each of the members. */
    Uni<Void> save(Map<UUID, UUID> workspaceByMember, List<Preference> choices, Instant at);
}
