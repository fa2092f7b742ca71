package io.worklane.domain.team;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the teams of a workspace with their members. */
public interface Teams {
    Uni<Optional<Team>> find(UUID workspaceId, UUID id);

    /** Oldest first, in keyset pages; only the teams this member is in when {@code memberId} is given. */
    Uni<Page<Team>> list(UUID workspaceId, UUID memberId, PageRequest page);

    /** These teams (with their members) in one statement. */
    Uni<List<Team>> byIds(UUID workspaceId, Collection<UUID> ids);

    /** Which of these ids are teams of the workspace (for UNKNOWN_TEAM checks of what names teams). */
    default Uni<java.util.Set<UUID>> knownIds(UUID workspaceId, Collection<UUID> ids) {
        return byIds(workspaceId, ids).map(found -> found.stream().map(Team::id)
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** The keys of the work items the team is responsible for: the first {@code limit} by key, and how many. */
    Uni<TeamUse> use(UUID workspaceId, UUID id, int limit);

    Uni<Team> insert(Team team);

    /** Saves the fields and the members, checking the version. */
    Uni<Team> update(Team changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);
}
