package io.worklane.api.application.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectLookup;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.CheckIn;
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
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reading goals, key results and check-ins, with {@code projects:read}; and looking up what changes name. */
@ApplicationScoped
public class GoalQueries {
    private final Goals goals;
    private final KeyResults keyResults;
    private final Projects projects;
    private final Portfolios portfolios;
    private final GoalProgressReader progress;
    private final Access access;

    public GoalQueries(Goals goals, KeyResults keyResults, Projects projects, Portfolios portfolios,
                       GoalProgressReader progress, Access access) {
        this.goals = goals;
        this.keyResults = keyResults;
        this.projects = projects;
        this.portfolios = portfolios;
        this.progress = progress;
        this.access = access;
    }

    /** The workspace's goals, oldest first; only the children of {@code parentRef} when given. */
    public Uni<Page<ShownGoal>> showList(Caller caller, String wsRef, String parentRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> parentRef == null
                        ? goals.list(ws.id(), null, page)
                        : find(ws.id(), parentRef).chain(parent -> goals.list(ws.id(), parent.id(), page)))
                .chain(found -> progress.shown(found.items()).map(items -> new Page<>(items, found.nextCursor())));
    }

    public Uni<ShownGoal> show(Caller caller, String wsRef, String goalRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> find(ws.id(), goalRef))
                .chain(progress::shown);
    }

    /** The goals a project serves (REST …/projects/{key}/goals). */
    public Uni<List<ShownGoal>> ofProject(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> ProjectLookup.load(projects, ws,
                        projectRef))
                .chain(p -> goals.ofProjects(p.workspaceId(), List.of(p.id())).map(m -> m.get(p.id())))
                .chain(progress::shown);
    }

    /** The goals a portfolio serves (REST …/portfolios/{id}/goals). */
    public Uni<List<ShownGoal>> ofPortfolio(Caller caller, String wsRef, String portfolioRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> portfolio(ws.id(), portfolioRef))
                .chain(p -> goals.ofPortfolios(p.workspaceId(), List.of(p.id())).map(m -> m.get(p.id())))
                .chain(progress::shown);
    }

    /** GraphQL's Project.goals: the goals of each project, in one statement. */
    public Uni<Map<UUID, List<Goal>>> ofProjects(Caller caller, UUID workspaceId, Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return goals.ofProjects(workspaceId, projectIds);
    }

    /** GraphQL's Portfolio.goals: the goals of each portfolio, in one statement. */
    public Uni<Map<UUID, List<Goal>>> ofPortfolios(Caller caller, UUID workspaceId, Collection<UUID> portfolioIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return goals.ofPortfolios(workspaceId, portfolioIds);
    }

    public Uni<ShownGoal> shown(Goal goal) {
        return progress.shown(goal);
    }

    public Uni<List<ShownGoal>> shown(List<Goal> all) {
        return progress.shown(all);
    }

    /** A key result with its progress (its goal's figures are read to derive WORK). */
    public Uni<ShownGoal.Measured> keyResult(Caller caller, String wsRef, String keyResultRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> keyResult(ws.id(), keyResultRef))
                .chain(this::measured);
    }

    public Uni<Page<CheckIn>> checkIns(Caller caller, String wsRef, String keyResultRef, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> keyResult(ws.id(), keyResultRef))
                .chain(kr -> keyResults.checkIns(kr.workspaceId(), kr.id(), page));
    }

    /** A check-in kept (for a GraphQL retry that replays createCheckIn). */
    public Uni<CheckIn> checkIn(Caller caller, String wsRef, String checkInId) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> {
            UUID id = Ids.parseOrNull(checkInId);
            return id == null ? Uni.createFrom().item(Optional.<CheckIn>empty()) : keyResults.findCheckIn(ws.id(), id);
        }).map(found -> found.orElseThrow(() -> DomainException.notFound(ErrorCode.KEY_RESULT_NOT_FOUND, "Check-in",
                checkInId)));
    }

    Uni<ShownGoal.Measured> measured(KeyResult kr) {
        return goals.find(kr.workspaceId(), kr.goalId()).map(Optional::orElseThrow).chain(progress::shown)
                .map(g -> g.keyResults().stream().filter(m -> m.keyResult().id().equals(kr.id())).findFirst()
                        .orElse(new ShownGoal.Measured(kr, null)));
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

    Uni<Project> project(Workspace ws, String projectRef) {
        return ProjectLookup.load(projects, ws, projectRef);
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
