package io.worklane.api.application.team;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A team named as a filter of another read (workload, …): its members, after the caller's scope for that read
 * was checked. An unknown team, or another workspace's, is 404 TEAM_NOT_FOUND.
 */
@ApplicationScoped
public class TeamMembers {
    private final Teams teams;

    public TeamMembers(Teams teams) {
        this.teams = teams;
    }

    /** A team named in a body (a work item's): its id; unknown is a 400 UNKNOWN_TEAM on the field. */
    public Uni<UUID> id(UUID workspaceId, String field, String teamRef) {
        if (teamRef == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parseOrNull(teamRef);
        return (id == null ? Uni.createFrom().item(Optional.<Team>empty()) : teams.find(workspaceId, id))
                .map(found -> found.map(Team::id).orElseThrow(() -> DomainException.validation(List.of(new FieldError(
                        field, "UNKNOWN_TEAM", "'" + teamRef + "' is not a team of this workspace (give its id)")))));
    }

    /** A patch's team: absent stays absent, null clears it. */
    public Uni<Change<UUID>> change(UUID workspaceId, String field, Change<String> teamRef) {
        return teamRef.present() ? id(workspaceId, field, teamRef.value()).map(Change::to)
                : Uni.createFrom().item(Change.absent());
    }

    /** The team's member ids; null when no team was named (no filter). */
    public Uni<Set<UUID>> of(UUID workspaceId, String teamRef) {
        if (teamRef == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parseOrNull(teamRef);
        return (id == null ? Uni.createFrom().item(Optional.<Team>empty()) : teams.find(workspaceId, id))
                .map(found -> found.map(t -> (Set<UUID>) new LinkedHashSet<>(t.memberIds()))
                        .orElseThrow(() -> DomainException.notFound(ErrorCode.TEAM_NOT_FOUND, "Team", teamRef)));
    }
}
