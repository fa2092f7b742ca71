package io.worklane.api.graphql.workitem;

import io.worklane.api.application.workitem.WorkItemMoves;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Description("The answer of moveWorkItem: the item where it is now, and every item that moved.")
public record MoveWorkItemPayload(
        @Description("The work item as the move left it.") @NonNull WorkItem workItem,
        @Description("The item first, then each item below it, parents before children.")
        @NonNull List<@NonNull MovedWorkItem> moved) {

    static MoveWorkItemPayload of(WorkItemMoves.Outcome o) {
        return new MoveWorkItemPayload(new WorkItem(o.item()), o.moved().stream().map(m -> new MovedWorkItem(
                m.item().id().toString(), m.previousKey(), m.item().key(), m.item().status(), (int) m.item().version(),
                m.droppedCustomFields())).toList());
    }

    @Type("MovedWorkItem")
    @Description("One item of a move to another project.")
    public record MovedWorkItem(@Description("The item's id (it does not change).") @NonNull String id,
                                @Description("The key it had; it still finds the item.") @NonNull String previousKey,
                                @Description("Its key in the target project.") @NonNull String key,
                                @Description("Its state in the target's workflow.") @NonNull String status,
                                @Description("Its version after the move.") int version,
                                @Description("Custom values dropped: the target has no field of the same key and "
                                        + "type.") @NonNull List<@NonNull String> droppedCustomFields) {
    }
}
