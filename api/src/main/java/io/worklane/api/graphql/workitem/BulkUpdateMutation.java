package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkRequest;
import io.worklane.api.application.bulk.BulkService;
import io.worklane.api.graphql.shared.IdempotentAnswer;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.workitem.BulkUpdateInputs.BulkOperationInput;
import io.worklane.api.graphql.workitem.BulkUpdateInputs.BulkUpdateWorkItemsInput;
import io.worklane.api.security.CurrentCaller;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** bulkUpdateWorkItems: the REST bulk change (POST …/work-items/bulk) over GraphQL, the same use case. */
@GraphQLApi
@Authenticated
public class BulkUpdateMutation {
    private final BulkService bulk;
    private final CurrentCaller caller;
    private final IdempotentAnswer idempotent;

    public BulkUpdateMutation(BulkService bulk, CurrentCaller caller, IdempotentAnswer idempotent) {
        this.bulk = bulk;
        this.caller = caller;
        this.idempotent = idempotent;
    }

    @Mutation("bulkUpdateWorkItems")
    @Description("Changes the items named by keys or matched by filter (one of the two), each through the same use"
            + " cases as a single change; their events carry data.bulkId. ATOMIC (default): all or nothing, each item's"
            + " result answered; PER_ITEM: a result per item; dryRun: the same answer, nothing written. More than"
            + " 1,000 items: queued as a job (job set, items empty). A key the workspace does not have is"
            + " WORK_ITEM_NOT_FOUND and nothing changes; an operation with no member or several is VALIDATION_FAILED"
            + " (INVALID_OPERATION). Needs work_items:write. With an idempotencyKey, a retry answers the first answer"
            + " (the same results, or the same job) and changes nothing more.")
    public Uni<BulkUpdatePayload> bulkUpdateWorkItems(@Name("input") @NonNull BulkUpdateWorkItemsInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var request = new BulkRequest(in.filter, in.keys, operations(in.operations),
                    BulkRequest.Mode.valueOf(in.mode.name()), in.dryRun);
            return idempotent.run(who, in.idempotencyKey, "bulkUpdateWorkItems", in,
                    () -> bulk.change(who, in.workspace, request).map(BulkUpdatePayload::of), BulkUpdatePayload.class);
        });
    }

    /** The move as its JSON form: {"project": "OPS", "statusMapping": {"in_review": "todo"}}. */
    private static Map<String, Object> move(BulkUpdateInputs.BulkMoveInput in) {
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("project", in.project);
        if (in.statusMapping != null) {
            Map<String, Object> mapping = new LinkedHashMap<>();
            in.statusMapping.forEach(m -> mapping.put(m.from, m.to));
            move.put("statusMapping", mapping);
        }
        return move;
    }

    /** Each input as the JSON form the REST body has: one member per operation. */
    private static List<Map<String, Object>> operations(List<BulkOperationInput> inputs) {
        List<Map<String, Object>> ops = new ArrayList<>();
        for (BulkOperationInput in : inputs) {
            Map<String, Object> op = new LinkedHashMap<>();
            if (in.set != null) {
                op.put("set", JsonValues.toMap(in.set));
            }
            if (in.addLabels != null) {
                op.put("addLabels", in.addLabels);
            }
            if (in.removeLabels != null) {
                op.put("removeLabels", in.removeLabels);
            }
            if (in.transition != null) {
                op.put("transition", in.transition);
            }
            if (in.delete != null) {
                op.put("delete", in.delete);
            }
            if (in.move != null) {
                op.put("move", move(in.move));
            }
            ops.add(op);
        }
        return ops;
    }
}
