package io.worklane.api.application.statusreport;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workflow.WorkflowResolver;
import io.worklane.domain.workflow.StateCategory;
import io.worklane.domain.workflow.Workflow;
import io.worklane.domain.workitem.WorkItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The category of each item's state in its workflow (two statements whatever their number): open or finished. */
@ApplicationScoped
public class ItemStates {
    private final WorkflowResolver workflows;

    public ItemStates(WorkflowResolver workflows) {
        this.workflows = workflows;
    }

    /** Each item's category; an item whose state its workflow lacks counts as TODO (open). */
    public Uni<Map<UUID, StateCategory>> of(UUID workspaceId, Collection<WorkItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return workflows.forItems(workspaceId, items.stream().map(WorkflowResolver.Key::of).collect(Collectors.toSet()))
                .map(byKey -> {
                    Map<UUID, StateCategory> categories = new HashMap<>();
                    for (WorkItem item : items) {
                        Workflow w = byKey.get(WorkflowResolver.Key.of(item));
                        categories.put(item.id(), w == null ? StateCategory.TODO : w.state(item.status())
                                .map(s -> s.category()).orElse(StateCategory.TODO));
                    }
                    return categories;
                });
    }

    /** Not DONE nor CANCELLED. */
    public static boolean isOpen(Map<UUID, StateCategory> categories, UUID itemId) {
        StateCategory c = categories.get(itemId);
        return c == null || !c.isFinished();
    }
}
