package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.project.Project;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a planned move, item after item in the caller's transaction: the target's next number (its row lock
 * serialises the move with creations there), the row, the history (a {@code key} entry and each field that
 * changed) and a {@code work_item.moved} event per item.
 */
@ApplicationScoped
public class MoveWrites {
    private final WorkItems workItems;
    private final WorkItemActivity activity;
    private final Events events;
    private final Now now;

    public MoveWrites(WorkItems workItems, WorkItemActivity activity, Events events, Now now) {
        this.workItems = workItems;
        this.activity = activity;
        this.events = events;
        this.now = now;
    }

    public Uni<List<WorkItemMoves.Moved>> write(Caller caller, MovePlans.Plan plan) {
        String root = plan.steps().get(0).before().key();
        return Multi.createFrom().iterable(plan.steps())
                .onItem().transformToUniAndConcatenate(step -> one(caller, plan.target(), step, root))
                .collect().asList();
    }

    private Uni<WorkItemMoves.Moved> one(Caller caller, Project target, MovePlans.Step step, String root) {
        WorkItem before = step.before();
        return workItems.nextNumber(target.id())
                .map(number -> before.relocated(target, number, step.state(), step.workflow().statePolicy(),
                        step.values().kept(), now.instant()))
                .chain(moved -> workItems.relocate(before, moved))
                .call(saved -> activity.changed(caller, before, saved, saved.updatedAt()))
                .call(saved -> events.record("work_item.moved", saved.workspaceId(), saved.id(), caller,
                        saved.updatedAt(), data(before, saved, step, root), WorkItemData.of(before)))
                .map(saved -> new WorkItemMoves.Moved(saved, before.key(), step.values().dropped()));
    }

    /** The item as it is now, where it came from, and what it left behind. */
    private static Map<String, Object> data(WorkItem before, WorkItem saved, MovePlans.Step step, String root) {
        Map<String, Object> data = new LinkedHashMap<>(WorkItemData.of(saved));
        data.put("previousKey", before.key());
        data.put("previousProjectId", before.projectId().toString());
        data.put("droppedCustomFields", step.values().dropped());
        if (!root.equals(before.key())) {
            data.put("movedWith", root);
        }
        return data;
    }
}
