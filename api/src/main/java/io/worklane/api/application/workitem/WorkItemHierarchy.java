package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.ParentPolicy;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Moves a work item under a new parent without ever closing a cycle. The workspace's hierarchy
 * lock is held from the ancestor walk to commit, so two concurrent moves cannot each pass the
 * check and together form a loop.
 */
@ApplicationScoped
public class WorkItemHierarchy {
    private final WorkItems workItems;
    private final WorkItemInputs inputs;

    public WorkItemHierarchy(WorkItems workItems, WorkItemInputs inputs) {
        this.workItems = workItems;
        this.inputs = inputs;
    }

    public Uni<Change<UUID>> newParent(UUID workspaceId, WorkItem item, Change<String> parentRef) {
        if (!parentRef.present()) {
            return Uni.createFrom().item(Change.absent());
        }
        if (parentRef.value() == null) {
            return Uni.createFrom().item(Change.to(null));
        }
        return inputs.parent(workspaceId, parentRef.value()).chain(parent -> {
            if (parent.id().equals(item.parentId())) {
                return Uni.createFrom().item(Change.to(parent.id()));
            }
            return workItems.lockHierarchy(workspaceId)
                    .chain(() -> workItems.ancestorsOf(workspaceId, parent.id()))
                    .map(ancestors -> {
                        ParentPolicy.ensureNoCycle(item, parent, ancestors);
                        return Change.to(parent.id());
                    });
        });
    }
}
