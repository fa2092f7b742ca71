package io.worklane.api.application.goal;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.Goals;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reading goals (with their progress), with {@code projects:read}; key results are {@link KeyResultQueries}. */
@ApplicationScoped
public class GoalQueries {
    private final Goals goals;
    private final GoalProgressReader progress;
    private final GoalLookup lookup;
    private final Access access;

    public GoalQueries(Goals goals, GoalProgressReader progress, GoalLookup lookup, Access access) {
        this.goals = goals;
        this.progress = progress;
        this.lookup = lookup;
        this.access = access;
    }

    /** The workspace's goals, oldest first; only the children of {@code parentRef} when given. */
    public Uni<Page<ShownGoal>> showList(Caller caller, String wsRef, String parentRef, PageRequest page) {
        return showList(caller, wsRef, parentRef, page, null);
    }

    /** With {@code asOf}: progress as it stood at the end of that day (null: now). */
    public Uni<Page<ShownGoal>> showList(Caller caller, String wsRef, String parentRef, PageRequest page,
                                         java.time.LocalDate asOf) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> parentRef == null
                        ? goals.list(ws.id(), null, page)
                        : lookup.find(ws.id(), parentRef).chain(parent -> goals.list(ws.id(), parent.id(), page)))
                .chain(found -> progress.shown(caller, found.items(), asOf)
                        .map(items -> new Page<>(items, found.nextCursor())));
    }

    public Uni<ShownGoal> show(Caller caller, String wsRef, String goalRef) {
        return show(caller, wsRef, goalRef, null);
    }

    /** With {@code asOf}: progress as it stood at the end of that day (null: now). */
    public Uni<ShownGoal> show(Caller caller, String wsRef, String goalRef, java.time.LocalDate asOf) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> lookup.find(ws.id(), goalRef))
                .chain(g -> progress.shown(caller, List.of(g), asOf)).map(all -> all.get(0));
    }

    /** The goals a project serves (REST …/projects/{key}/goals). */
    public Uni<List<ShownGoal>> ofProject(Caller caller, String wsRef, String projectRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ).chain(ws -> lookup.project(caller, ws, projectRef))
                .chain(p -> goals.ofProjects(p.workspaceId(), List.of(p.id())).map(m -> m.get(p.id())))
                .chain(found -> progress.shown(caller, found));
    }

    /** The goals a portfolio serves (REST …/portfolios/{id}/goals). */
    public Uni<List<ShownGoal>> ofPortfolio(Caller caller, String wsRef, String portfolioRef) {
        return access.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> lookup.portfolio(ws.id(), portfolioRef))
                .chain(p -> goals.ofPortfolios(p.workspaceId(), List.of(p.id())).map(m -> m.get(p.id())))
                .chain(found -> progress.shown(caller, found));
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

    /** The goal as the caller sees it: without its links to projects hidden from the caller (ADR 0084). */
    public Uni<ShownGoal> shown(Caller caller, Goal goal) {
        return progress.shown(caller, goal);
    }

    public Uni<List<ShownGoal>> shown(Caller caller, List<Goal> all) {
        return progress.shown(caller, all);
    }
}
