package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workflow.ApprovalState;
import io.worklane.domain.workflow.GuardContext;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workflow.approval.Approvals;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Gathers what guards look at before a transition: the actor's role, the item's children and the
 * states they are in (in their own workflows), the latest approval. Predecessors come with the
 * planning work: until then an item has none.
 */
@ApplicationScoped
public class GuardContexts {
    private final WorkItems workItems;
    private final WorkflowResolver workflows;
    private final Approvals approvals;

    public GuardContexts(WorkItems workItems, WorkflowResolver workflows, Approvals approvals) {
        this.workItems = workItems;
        this.workflows = workflows;
        this.approvals = approvals;
    }

    public Uni<GuardContext> of(Caller caller, WorkItem item) {
        // an API key with admin, or the instance administrator: no role, but may administer the workspace
        boolean administrator = caller.roleIn(item.workspaceId()).isEmpty()
                && caller.holds(item.workspaceId(), Scope.ADMIN);
        return childCategories(item).chain(children -> latestApproval(item).map(approval -> new GuardContext(item,
                caller.roleIn(item.workspaceId()), administrator, approval, children, List.of())));
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
