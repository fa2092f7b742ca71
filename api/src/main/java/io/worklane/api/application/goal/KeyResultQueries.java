package io.worklane.api.application.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.goal.Goals;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResults;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading key results (with their progress) and their check-ins, with {@code projects:read}. */
@ApplicationScoped
public class KeyResultQueries {
    private final Goals goals;
    private final KeyResults keyResults;
    private final GoalProgressReader progress;
    private final GoalLookup lookup;

    public KeyResultQueries(Goals goals, KeyResults keyResults, GoalProgressReader progress, GoalLookup lookup) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.progress = progress;
        this.lookup = lookup;
    }

    /** A key result with its progress (its goal's figures are read to derive WORK). */
    public Uni<ShownGoal.Measured> keyResult(Caller caller, String wsRef, String keyResultRef) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> lookup.keyResult(ws.id(), keyResultRef))
                .chain(kr -> measured(caller, kr));
    }

    public Uni<Page<CheckIn>> checkIns(Caller caller, String wsRef, String keyResultRef, PageRequest page) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> lookup.keyResult(ws.id(), keyResultRef))
                .chain(kr -> keyResults.checkIns(kr.workspaceId(), kr.id(), page));
    }

    /** A page of check-ins of each key result (GraphQL KeyResult.checkIns), in one statement. */
    public Uni<Map<UUID, Page<CheckIn>>> checkInPages(Caller caller, UUID workspaceId, Collection<UUID> keyResultIds,
                                                      PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return keyResults.checkInPages(workspaceId, keyResultIds, page);
    }

    /** A check-in kept (for a GraphQL retry that replays createCheckIn). */
    public Uni<CheckIn> checkIn(Caller caller, String wsRef, String checkInId) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> {
            UUID id = Ids.parseOrNull(checkInId);
            return id == null ? Uni.createFrom().item(Optional.<CheckIn>empty()) : keyResults.findCheckIn(ws.id(), id);
        }).map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.KEY_RESULT_NOT_FOUND, "Check-in",
                checkInId)));
    }

    /** WORK counts the projects the caller sees only, as its goal shows. */
    private Uni<ShownGoal.Measured> measured(Caller caller, KeyResult kr) {
        return goals.find(kr.workspaceId(), kr.goalId()).map(Optional::orElseThrow)
                .chain(g -> progress.shown(caller, g))
                .map(g -> g.keyResults().stream().filter(m -> m.keyResult().id().equals(kr.id())).findFirst()
                        .orElse(new ShownGoal.Measured(kr, null)));
    }
}
