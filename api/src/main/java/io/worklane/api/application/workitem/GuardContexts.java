package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workflow.ApprovalState;
import io.worklane.domain.planning.Dependencies;
import io.worklane.domain.planning.Dependency;
import io.worklane.domain.team.Team;
import io.worklane.domain.team.Teams;
import io.worklane.domain.workflow.ActorTeams;
import io.worklane.domain.workflow.GuardContext;
import io.worklane.domain.workflow.PredecessorState;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.approval.Approvals;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers what guards look at before a transition: the actor's role, the item's children and
 * predecessors and the states they are in (in their own workflows), the latest approval, and the teams the
 * workflow's TEAM guards name that the actor is in.
 */
@ApplicationScoped
public class GuardContexts {
    private final WorkItems workItems;
    private final WorkflowResolver workflows;
    private final Approvals approvals;
    private final Dependencies dependencies;

    private final Teams teams;

    public GuardContexts(WorkItems workItems, WorkflowResolver workflows, Approvals approvals,
                         Dependencies dependencies, Teams teams) {
        this.teams = teams;
        this.workItems = workItems;
        this.workflows = workflows;
        this.approvals = approvals;
        this.dependencies = dependencies;
    }

    /** The related items' states, gathered step by step. */
    private record Related(List<StateCategory> children, List<PredecessorState> predecessors) {
    }

    /** For the moves of {@code workflow}: its TEAM guards' teams are read only when it has some. */
    public Uni<GuardContext> of(Caller caller, WorkItem item, Workflow workflow) {
        return of(caller, item).chain(context -> actorTeams(caller, item.workspaceId(), workflow.teamIds())
                .map(context::withTeams));
    }

    /** The named teams in one statement (with their members): which the actor is in, and their names. */
    private Uni<ActorTeams> actorTeams(Caller caller, UUID workspaceId, Set<UUID> named) {
        if (named.isEmpty()) {
            return Uni.createFrom().item(ActorTeams.NONE);
        }
        Optional<UUID> member = caller.memberIn(workspaceId);
        return teams.byIds(workspaceId, named).map(found -> new ActorTeams(
                found.stream().filter(t -> member.isPresent() && t.has(member.get())).map(Team::id)
                        .collect(Collectors.toSet()),
                found.stream().collect(Collectors.toMap(Team::id, Team::name))));
    }

    private Uni<GuardContext> of(Caller caller, WorkItem item) {
        // an API key with admin, or the instance administrator: no role, but may administer the workspace
        boolean administrator = caller.roleIn(item.workspaceId()).isEmpty()
                && caller.holds(item.workspaceId(), Scope.ADMIN);
        return childCategories(item)
                .chain(children -> predecessors(item).map(predecessors -> new Related(children, predecessors)))
                .chain(related -> latestApproval(item).map(approval -> new GuardContext(item,
                        caller.roleIn(item.workspaceId()), administrator, approval, related.children(),
                        related.predecessors())));
    }

    /** Each predecessor with its dependency's type and the category of its state, in its own workflow. */
    private Uni<List<PredecessorState>> predecessors(WorkItem item) {
        return dependencies.into(item.workspaceId(), List.of(item.id())).chain(deps -> deps.isEmpty()
                ? Uni.createFrom().item(List.<PredecessorState>of())
                : workItems.byIds(item.workspaceId(), deps.stream().map(Dependency::predecessorId).toList())
                .chain(found -> workflows.forItems(item.workspaceId(), found.stream().map(WorkflowResolver.Key::of)
                        .toList()).map(byKey -> {
                            Map<UUID, WorkItem> byId = new HashMap<>();
                            found.forEach(p -> byId.put(p.id(), p));
                            return deps.stream().map(d -> state(byId.get(d.predecessorId()), d, byKey))
                                    .filter(Objects::nonNull).toList();
                        })));
    }

    private static PredecessorState state(WorkItem predecessor, Dependency d, Map<WorkflowResolver.Key, Workflow> byKey) {
        if (predecessor == null) {
            return null;
        }
        StateCategory category = category(byKey.get(WorkflowResolver.Key.of(predecessor)), predecessor.status());
        return category == null ? null : new PredecessorState(predecessor.key(), d.type(), category);
    }

    /** The state of the item's latest approval request (NONE when it has none). */
    private Uni<ApprovalState> latestApproval(WorkItem item) {
        return approvals.latestFor(item.workspaceId(), item.id())
                .map(latest -> latest.map(ApprovalState::of).orElse(ApprovalState.NONE));
    }

    private Uni<List<StateCategory>> childCategories(WorkItem item) {
        return workItems.childrenOf(item.workspaceId(), List.of(item.id())).chain(byParent -> {
            List<WorkItem> children = byParent.getOrDefault(item.id(), List.of());
            if (children.isEmpty()) {
                return Uni.createFrom().item(List.<StateCategory>of());
            }
            return workflows.forItems(item.workspaceId(), children.stream().map(WorkflowResolver.Key::of).toList())
                    .map(byKey -> children.stream().map(child -> category(byKey.get(WorkflowResolver.Key.of(child)),
                            child.status())).filter(Objects::nonNull).toList());
        });
    }

    private static StateCategory category(Workflow workflow, String state) {
        return workflow == null ? null : workflow.state(state).map(s -> s.category()).orElse(null);
    }
}
