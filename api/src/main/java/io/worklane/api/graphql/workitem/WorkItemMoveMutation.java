package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workitem.WorkItemMoves;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.security.CurrentCaller;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class WorkItemMoveMutation {
    private final WorkItemMoves moves;
    private final CurrentCaller caller;

    public WorkItemMoveMutation(WorkItemMoves moves, CurrentCaller caller) {
        this.moves = moves;
        this.caller = caller;
    }

    @Mutation("moveWorkItem")
    @Description("Moves a work item and its children to another project of the workspace: new keys (the old ones "
            + "still find them), states kept or mapped, custom values kept where the target has the same field, "
            + "the phase cleared; work_item.moved per item (ADR 0082). Needs work_items:write.")
    public Uni<MoveWorkItemPayload> moveWorkItem(@Name("input") @NonNull MoveWorkItemInput in) {
        return Uni.createFrom().deferred(() -> moves.move(caller.get(), in.workspace, in.workItem,
                        new WorkItemMoves.Request(in.project, mapping(in), Changes.version(in.expectedVersion))))
                .map(MoveWorkItemPayload::of);
    }

    private static Map<String, String> mapping(MoveWorkItemInput in) {
        Map<String, String> mapping = new LinkedHashMap<>();
        if (in.statusMapping != null) {
            in.statusMapping.forEach(m -> mapping.put(m.from, m.to));
        }
        return mapping;
    }
}
