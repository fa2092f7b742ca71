package io.worklane.api.application.team;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.team.NewTeam;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.TeamChanges;
import io.worklane.domain.team.Teams;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Teams, written with {@code members:write}: each change in one transaction with its event ({@code team.created},
 * {@code team.updated} — fields or members —, {@code team.deleted}). Who joins or leaves a team is also written
 * to the audit trail, since a team can approve and make guarded transitions.
 */
@ApplicationScoped
public class TeamService {
    private final Teams teams;
    private final TeamQueries queries;
    private final MemberCheck members;
    private final Events events;
    private final TeamMembershipAudit audit;
    private final Now now;

    public TeamService(Teams teams, TeamQueries queries, MemberCheck members, Events events,
                       TeamMembershipAudit audit, Now now) {
        this.teams = teams;
        this.queries = queries;
        this.members = members;
        this.events = events;
        this.audit = audit;
        this.now = now;
    }

    @WithTransaction
    public Uni<ShownTeam> create(Caller caller, String wsRef, TeamDraft d) {
        List<UUID> given = d.members() == null ? List.of() : d.members();
        return queries.workspace(caller, wsRef, Scope.MEMBERS_WRITE)
                .call(ws -> members.exist(ws.id(), Map.of("lead", d.lead() == null ? List.of() : List.of(d.lead()),
                        "members", given)))
                .map(ws -> Team.create(ws.id(), new NewTeam(d.name(), d.description(), d.lead(), given), now.instant()))
                .chain(teams::insert)
                .call(saved -> events.record("team.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), TeamData.of(saved), null))
                .call(saved -> audit.record(caller, saved, List.of(), saved.memberIds()))
                .chain(queries::shown);
    }

    @WithTransaction
    public Uni<ShownTeam> update(Caller caller, String wsRef, String ref, Long expected, TeamPatch p) {
        return change(caller, wsRef, ref, expected, current -> members.exist(current.workspaceId(), "lead",
                        p.lead().present() ? p.lead().value() : null)
                .map(x -> current.change(new TeamChanges(p.name(), p.description(), p.lead()), now.instant())));
    }

    /** Adds the member (idempotent: one already in leaves the team as it is). */
    @WithTransaction
    public Uni<ShownTeam> add(Caller caller, String wsRef, String ref, String memberRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> queries.member(current.workspaceId(), memberRef)
                .map(m -> current.add(m.id(), now.instant())));
    }

    @WithTransaction
    public Uni<ShownTeam> remove(Caller caller, String wsRef, String ref, String memberRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> queries.member(current.workspaceId(), memberRef)
                .map(m -> current.remove(m.id(), now.instant())));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expected) {
        return current(caller, wsRef, ref, expected)
                .call(this::unused)
                .call(current -> teams.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> events.record("team.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), TeamData.of(current), null))
                .call(current -> audit.record(caller, current, current.memberIds(), List.of()))
                .map(Team::id);
    }

    /**
     * A team that work items or pending approvals name is not deleted: the items would lose who is responsible
     * for them, and the approvals who decides.
     */
    private Uni<Void> unused(Team team) {
        return teams.use(team.workspaceId(), team.id(), 5).invoke(use -> {
            if (use.inUse()) {
                throw new DomainException(ErrorCode.TEAM_IN_USE, "Team " + team.name() + " cannot be deleted: "
                        + String.join("; ", use.reasons(team.id().toString())) + ".");
            }
        }).replaceWithVoid();
    }

    /** Load, check the version, apply, save, record team.updated (nothing when nothing changed). */
    private Uni<ShownTeam> change(Caller caller, String wsRef, String ref, Long expected,
                                  Function<Team, Uni<Team>> how) {
        return current(caller, wsRef, ref, expected)
                .chain(current -> how.apply(current).chain(changed -> saveIfChanged(caller, current, changed)))
                .chain(queries::shown);
    }

    /** The team named by ref in the workspace, at the version the caller expects. */
    private Uni<Team> current(Caller caller, String wsRef, String ref, Long expected) {
        return queries.workspace(caller, wsRef, Scope.MEMBERS_WRITE).chain(ws -> queries.find(ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Team " + current.name()));
    }

    /** A change that changes nothing writes nothing: no version, no event, no audit entry. */
    private Uni<Team> saveIfChanged(Caller caller, Team current, Team changed) {
        if (TeamData.of(current).equals(TeamData.of(changed))) {
            return Uni.createFrom().item(current);
        }
        return save(caller, current, changed);
    }

    private Uni<Team> save(Caller caller, Team current, Team changed) {
        return teams.update(changed)
                .call(saved -> events.record("team.updated", saved.workspaceId(), saved.id(), caller, saved.updatedAt(),
                        TeamData.of(saved), TeamData.of(current)))
                .call(saved -> audit.record(caller, saved, current.memberIds(), saved.memberIds()));
    }
}
