package io.worklane.api.application.goal;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.ExpectedVersion;
import io.worklane.api.application.shared.MemberCheck;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.GoalChanges;
import io.worklane.domain.goal.GoalNesting;
import io.worklane.domain.goal.Goals;
import io.worklane.domain.goal.NewGoal;
import io.worklane.domain.shared.Change;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Goals, written with {@code projects:write}: each change in one transaction with its event ({@code goal.created},
 * {@code goal.updated} — fields or links —, {@code goal.deleted}). They answer the saved goal: its progress is
 * read after the transaction ({@link GoalQueries#shown}), since the read side does not see uncommitted rows.
 */
@ApplicationScoped
public class GoalService {
    private final Goals goals;
    private final GoalLookup lookup;
    private final MemberCheck members;
    private final Events events;
    private final Now now;

    public GoalService(Goals goals, GoalLookup lookup, MemberCheck members, Events events, Now now) {
        this.goals = goals;
        this.lookup = lookup;
        this.members = members;
        this.events = events;
        this.now = now;
    }

    @WithTransaction
    public Uni<Goal> create(Caller caller, String wsRef, GoalDraft d) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_WRITE)
                .call(ws -> members.exist(ws.id(), "owner", d.owner()))
                .chain(ws -> lookup.parent(ws.id(), d.parent()).call(parent -> nestable(ws.id(), null, d.title(),
                                parent, 1))
                        .map(parent -> Goal.create(ws.id(), new NewGoal(d.title(), d.description(), d.owner(),
                                d.periodStart(), d.periodEnd(), parent, d.status()), now.instant())))
                .chain(goals::insert)
                .call(saved -> events.record("goal.created", saved.workspaceId(), saved.id(), caller,
                        saved.createdAt(), GoalData.of(saved), null));
    }

    @WithTransaction
    public Uni<Goal> update(Caller caller, String wsRef, String ref, Long expected, GoalPatch p) {
        return change(caller, wsRef, ref, expected, current -> members.exist(current.workspaceId(), "owner",
                        p.owner().present() ? p.owner().value() : null)
                .chain(() -> placed(current, p.parent()))
                .map(parent -> current.change(new GoalChanges(p.title(), p.description(), p.owner(), p.periodStart(),
                        p.periodEnd(), parent, p.status()), now.instant())));
    }

    /** The new parent when one is named, checked against cycles and depth (the goal's own levels counted). */
    private Uni<Change<UUID>> placed(Goal current, Change<String> parentRef) {
        if (!parentRef.present()) {
            return Uni.createFrom().item(Change.absent());
        }
        return lookup.parent(current.workspaceId(), parentRef.value())
                .call(parent -> lookup.subtree(current.workspaceId(), current.id())
                        .chain(tree -> nestable(current.workspaceId(), current.id(), current.title(), parent,
                                GoalNesting.levels(tree, current.id()))))
                .map(Change::to);
    }

    @WithTransaction
    public Uni<Goal> linkProject(Caller caller, String wsRef, String ref, String projectRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> lookup.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> lookup.project(caller, ws, projectRef)).map(p -> current.linkProject(p.id(), now.instant())));
    }

    @WithTransaction
    public Uni<Goal> unlinkProject(Caller caller, String wsRef, String ref, String projectRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> lookup.workspace(caller, wsRef, Scope.PROJECTS_READ)
                .chain(ws -> lookup.project(caller, ws, projectRef)).map(p -> {
                    linked(current, current.projectIds(), p.id(), "Project " + p.key());
                    return current.unlinkProject(p.id(), now.instant());
                }));
    }

    @WithTransaction
    public Uni<Goal> linkPortfolio(Caller caller, String wsRef, String ref, String portfolioRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> lookup.portfolio(current.workspaceId(), portfolioRef)
                .map(p -> current.linkPortfolio(p.id(), now.instant())));
    }

    @WithTransaction
    public Uni<Goal> unlinkPortfolio(Caller caller, String wsRef, String ref, String portfolioRef, Long expected) {
        return change(caller, wsRef, ref, expected, current -> lookup.portfolio(current.workspaceId(), portfolioRef)
                .map(p -> {
                    linked(current, current.portfolioIds(), p.id(), "Portfolio " + p.name());
                    return current.unlinkPortfolio(p.id(), now.instant());
                }));
    }

    @WithTransaction
    public Uni<UUID> delete(Caller caller, String wsRef, String ref, Long expected) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.find(ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Goal " + current.title()))
                .call(current -> lookup.subtree(current.workspaceId(), current.id()).invoke(tree -> {
                    if (tree.size() > 1) {
                        throw new DomainException(ErrorCode.GOAL_HAS_CHILDREN, "Goal " + current.title()
                                + " has child goals: move them (PATCH their parent) or delete them first.");
                    }
                }))
                .call(current -> goals.delete(current.workspaceId(), current.id(), current.version()))
                .call(current -> events.record("goal.deleted", current.workspaceId(), current.id(), caller,
                        now.instant(), GoalData.of(current), null))
                .map(Goal::id);
    }

    /** Load, check the version, apply, save, record goal.updated (nothing when nothing changed). */
    private Uni<Goal> change(Caller caller, String wsRef, String ref, Long expected,
                             Function<Goal, Uni<Goal>> how) {
        return lookup.workspace(caller, wsRef, Scope.PROJECTS_WRITE).chain(ws -> lookup.find(ws.id(), ref))
                .invoke(current -> ExpectedVersion.check(expected, current.version(), "Goal " + current.title()))
                .chain(current -> how.apply(current).chain(changed -> saved(caller, current, changed)));
    }

    /** The changed goal stored with its goal.updated event; the current one when nothing changed. */
    private Uni<Goal> saved(Caller caller, Goal current, Goal changed) {
        if (GoalData.of(current).equals(GoalData.of(changed))) {
            return Uni.createFrom().item(current);
        }
        return goals.update(changed).call(saved -> events.record("goal.updated", saved.workspaceId(), saved.id(),
                caller, saved.updatedAt(), GoalData.of(saved), GoalData.of(current)));
    }

    private static void linked(Goal goal, List<UUID> ids, UUID id, String what) {
        if (!ids.contains(id)) {
            throw new DomainException(ErrorCode.GOAL_LINK_NOT_FOUND, what + " is not linked to goal " + goal.title()
                    + ".");
        }
    }

    private Uni<Void> nestable(UUID workspaceId, UUID id, String title, UUID parent, int levels) {
        return parent == null ? Uni.createFrom().voidItem() : lookup.ancestry(workspaceId, parent)
                .invoke(chain -> GoalNesting.check(id, title, chain, levels)).replaceWithVoid();
    }
}
