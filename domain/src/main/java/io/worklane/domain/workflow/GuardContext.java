package io.worklane.domain.workflow;

import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything guards may look at, gathered by the application before a transition.
 *
 * @param item                    the work item about to move
 * @param actorRole               the actor's role in the workspace; empty for an API key or the instance admin
 * @param actorIsAdministrator    an API key with the admin scope or the instance admin: it satisfies ROLES guards
 *                                that allow ADMIN or OWNER (it may administer the workspace, so it may do what an
 *                                administrator may), and no others
 * @param approval                the state of the latest approval request on the item
 * @param childCategories         the categories of the states of the item's children
 * @param predecessors            the item's predecessors, with their dependency types and state categories
 * @param target                  the category of the state the move leads to (set by the workflow for each
 *                                transition it evaluates; null when unknown)
 * @param teams                   the teams the workflow's TEAM guards name that the actor is in, and their names
 */
public record GuardContext(WorkItem item, Optional<MemberRole> actorRole, boolean actorIsAdministrator,
                           ApprovalState approval, List<StateCategory> childCategories,
                           List<PredecessorState> predecessors, StateCategory target, ActorTeams teams) {

    public GuardContext {
        Objects.requireNonNull(item, "item");
        actorRole = actorRole == null ? Optional.empty() : actorRole;
        approval = approval == null ? ApprovalState.NONE : approval;
        childCategories = childCategories == null ? List.of() : List.copyOf(childCategories);
        predecessors = predecessors == null ? List.of() : List.copyOf(predecessors);
        teams = teams == null ? ActorTeams.NONE : teams;
    }

    public GuardContext(WorkItem item, Optional<MemberRole> actorRole, boolean actorIsAdministrator,
                        ApprovalState approval, List<StateCategory> childCategories,
                        List<PredecessorState> predecessors, StateCategory target) {
        this(item, actorRole, actorIsAdministrator, approval, childCategories, predecessors, target, ActorTeams.NONE);
    }

    public GuardContext(WorkItem item, Optional<MemberRole> actorRole, boolean actorIsAdministrator,
                        ApprovalState approval, List<StateCategory> childCategories,
                        List<PredecessorState> predecessors) {
        this(item, actorRole, actorIsAdministrator, approval, childCategories, predecessors, null);
    }

    /** A member acting with {@code role}, with no approval, children or predecessors. */
    public static GuardContext forMember(WorkItem item, MemberRole role) {
        return new GuardContext(item, Optional.of(role), false, ApprovalState.NONE, List.of(), List.of());
    }

    /** An API key with the admin scope, or the instance admin: no role in the workspace. */
    public static GuardContext forAdministrator(WorkItem item) {
        return new GuardContext(item, Optional.empty(), true, ApprovalState.NONE, List.of(), List.of());
    }

    public GuardContext withApproval(ApprovalState state) {
        return new GuardContext(item, actorRole, actorIsAdministrator,
                state, childCategories, predecessors, target, teams);
    }

    public GuardContext withChildren(List<StateCategory> categories) {
        return new GuardContext(item, actorRole, actorIsAdministrator,
                approval, categories, predecessors, target, teams);
    }

    public GuardContext withPredecessors(List<PredecessorState> states) {
        return new GuardContext(item, actorRole, actorIsAdministrator,
                approval, childCategories, states, target, teams);
    }

    public GuardContext withTeams(ActorTeams actorTeams) {
        return new GuardContext(item, actorRole, actorIsAdministrator, approval, childCategories, predecessors, target,
                actorTeams);
    }

    /** The same context for a move into a state of this category. */
    public GuardContext towards(StateCategory category) {
        return new GuardContext(item, actorRole, actorIsAdministrator, approval, childCategories, predecessors,
                category, teams);
    }
}
