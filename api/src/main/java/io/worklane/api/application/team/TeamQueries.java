package io.worklane.api.application.team;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.Teams;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Reading teams, with {@code members:read}; and looking up what their changes name. */
@ApplicationScoped
public class TeamQueries {
    private final Teams teams;
    private final Members members;
    private final Access access;

    public TeamQueries(Teams teams, Members members, Access access) {
        this.teams = teams;
        this.members = members;
        this.access = access;
    }

    /** The workspace's teams, oldest first; only those {@code memberRef} is in when given. */
    public Uni<Page<ShownTeam>> showList(Caller caller, String wsRef, String memberRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_READ)
                .chain(ws -> memberRef == null ? teams.list(ws.id(), null, page)
                        : member(ws.id(), memberRef).chain(m -> teams.list(ws.id(), m.id(), page)))
                .chain(found -> shown(found.items()).map(items -> new Page<>(items, found.nextCursor())));
    }

    public Uni<ShownTeam> show(Caller caller, String wsRef, String teamRef) {
        return access.workspace(caller, wsRef, Scope.MEMBERS_READ).chain(ws -> find(ws.id(), teamRef))
                .chain(this::shown);
    }

    /** The team with its members (one statement). */
    public Uni<ShownTeam> shown(Team t) {
        return shown(List.of(t)).map(all -> all.get(0));
    }

    /** These teams with their members, in one statement for all of them. */
    public Uni<List<ShownTeam>> shown(List<Team> all) {
        List<UUID> ids = all.stream().flatMap(t -> t.memberIds().stream()).distinct().toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(all.stream().map(t -> new ShownTeam(t, List.of())).toList());
        }
        return members.byIds(all.get(0).workspaceId(), ids).map(found -> {
            Map<UUID, Member> byId = new HashMap<>();
            found.forEach(m -> byId.put(m.id(), m));
            return all.stream().map(t -> new ShownTeam(t, t.memberIds().stream().map(byId::get)
                    .filter(Objects::nonNull).toList())).toList();
        });
    }

    /** A team of the workspace, else TEAM_NOT_FOUND (another workspace's too). */
    Uni<Team> find(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Team>empty()) : teams.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.TEAM_NOT_FOUND, "Team", ref)));
    }

    /** A member named in a path: unknown (or another workspace's) is 404 MEMBER_NOT_FOUND. */
    Uni<Member> member(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Member>empty()) : members.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.MEMBER_NOT_FOUND, "Member",
                        ref)));
    }

    Uni<Workspace> workspace(Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef, scope);
    }
}
