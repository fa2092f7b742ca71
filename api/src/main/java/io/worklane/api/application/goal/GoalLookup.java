package io.worklane.api.application.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.Goals;
import io.worklane.domain.goal.KeyResult;
import io.worklane.domain.goal.KeyResults;
import io.worklane.domain.portfolio.Portfolio;
import io.worklane.domain.portfolio.Portfolios;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Looking up what goal reads and changes name: a goal, key result, parent, portfolio or project of a workspace. */
@ApplicationScoped
class GoalLookup {
    private final Goals goals;
    private final KeyResults keyResults;
    private final Projects projects;
    private final Portfolios portfolios;
    private final Access access;

    GoalLookup(Goals goals, KeyResults keyResults, Projects projects, Portfolios portfolios, Access access) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.projects = projects;
        this.portfolios = portfolios;
        this.access = access;
    }

    /** A goal of the workspace, else GOAL_NOT_FOUND (another workspace's too). */
    Uni<Goal> find(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Goal>empty()) : goals.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.GOAL_NOT_FOUND, "Goal", ref)));
    }

    Uni<KeyResult> keyResult(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<KeyResult>empty()) : keyResults.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.KEY_RESULT_NOT_FOUND,
                        "Key result", ref)));
    }

    /** A parent named in a body: unknown is a 400 on the field, as for any reference in a body. */
    Uni<UUID> parent(UUID workspaceId, String ref) {
        if (ref == null) {
            return Uni.createFrom().nullItem();
        }
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Goal>empty()) : goals.find(workspaceId, id))
                .map(found -> found.map(Goal::id).orElseThrow(() -> DomainException.validation(List.of(
                        new FieldError("parent", "UNKNOWN_GOAL", "'" + ref + "' is not a goal of this workspace"
                                + " (give its id)")))));
    }

    Uni<Portfolio> portfolio(UUID workspaceId, String ref) {
        UUID id = Ids.parseOrNull(ref);
        return (id == null ? Uni.createFrom().item(Optional.<Portfolio>empty()) : portfolios.find(workspaceId, id))
                .map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.PORTFOLIO_NOT_FOUND,
                        "Portfolio", ref)));
    }

    Uni<Project> project(io.worklane.api.application.shared.Caller caller, Workspace ws, String projectRef) {
        return ProjectLookup.load(projects, caller, ws, projectRef);
    }

    Uni<Workspace> workspace(Caller caller, String wsRef, Scope scope) {
        return access.workspace(caller, wsRef, scope);
    }

    Uni<List<UUID>> ancestry(UUID workspaceId, UUID parentId) {
        return goals.selfAndAncestors(workspaceId, parentId);
    }

    /** The goal and everything under it (for the depth check and the refusal to delete a parent). */
    Uni<List<Goal>> subtree(UUID workspaceId, UUID id) {
        return goals.withDescendants(workspaceId, List.of(id));
    }
}
