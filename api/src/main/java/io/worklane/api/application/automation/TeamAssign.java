package io.worklane.api.application.automation;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.automation.Action;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.team.AssignStrategy;
import io.worklane.domain.team.MemberLoad;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.TeamAssignments;
import io.worklane.domain.team.TeamTurn;
import io.worklane.domain.team.Teams;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * ASSIGN to a team, in the rule's transaction: pick a member by the strategy, then assign the item to them
 * (and to the team). ROUND_ROBIN reads and moves the team's cursor under the team row's lock, so concurrent
 * items take turns; LEAST_LOADED reads every member's assigned minutes at once. A team without members (or
 * gone since the rule was saved) fails the run with the reason; nothing is assigned.
 */
@ApplicationScoped
public class TeamAssign {
    private final TeamAssignments assignments;
    private final Teams teams;
    private final ItemEdits edits;

    public TeamAssign(TeamAssignments assignments, Teams teams, ItemEdits edits) {
        this.assignments = assignments;
        this.teams = teams;
        this.edits = edits;
    }

    Uni<Void> run(Caller actor, WorkItem item, Action.AssignTeam assign) {
        Uni<UUID> member = assign.strategy() == AssignStrategy.ROUND_ROBIN
                ? nextInTurn(item.workspaceId(), assign.teamId())
                : leastLoaded(item.workspaceId(), assign.teamId());
        return member.chain(picked -> edits.assignFrom(actor, item, assign.teamId(), picked));
    }

    private Uni<UUID> nextInTurn(UUID workspaceId, UUID teamId) {
        return assignments.lockTurn(workspaceId, teamId).chain(found -> {
            TeamTurn turn = found.orElseThrow(() -> gone(teamId));
            UUID next = turn.next();
            return assignments.assigned(teamId, next).replaceWith(next);
        });
    }

    private Uni<UUID> leastLoaded(UUID workspaceId, UUID teamId) {
        return teams.find(workspaceId, teamId).chain(found -> {
            Team team = found.orElseThrow(() -> gone(teamId));
            return assignments.loads(workspaceId, teamId).map(loads -> MemberLoad.leastLoaded(team.name(), loads));
        });
    }

    private static DomainException gone(UUID teamId) {
        return new DomainException(ErrorCode.TEAM_NOT_FOUND, "Team " + teamId
                + " is no longer a team of this workspace: change the rule's ASSIGN.");
    }
}
