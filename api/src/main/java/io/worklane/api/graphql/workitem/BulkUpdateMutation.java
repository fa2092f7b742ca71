package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkOutcome;
import io.worklane.api.application.bulk.BulkRequest;
import io.worklane.api.application.bulk.BulkService;
import io.worklane.api.application.job.JobService;
import io.worklane.api.graphql.job.JobTypes;
import io.worklane.api.graphql.shared.IdempotentAnswer;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.security.CurrentCaller;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

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
    public Uni<Payload> bulkUpdateWorkItems(@Name("input") @NonNull BulkUpdateWorkItemsInput in) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var request = new BulkRequest(in.filter, in.keys, operations(in.operations),
                    BulkRequest.Mode.valueOf(in.mode.name()), in.dryRun);
            return idempotent.run(who, in.idempotencyKey, "bulkUpdateWorkItems", in,
                    () -> bulk.change(who, in.workspace, request).map(Payload::of), Payload.class);
        });
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
            ops.add(op);
        }
        return ops;
    }

    @Description("ATOMIC: all items or none; PER_ITEM: each item on its own.")
    public enum BulkMode { ATOMIC, PER_ITEM }

    @Input("BulkUpdateWorkItemsInput")
    @Description("The items (keys or filter, one of the two) and what to do to each.")
    public static class BulkUpdateWorkItemsInput {
        @NonNull
        @Description("The workspace's id or slug.")
        public String workspace;
        @Description("Keys (ENG-42) or ids of the workspace's items.")
        public List<@NonNull String> keys;
        @Description("A filter expression of the list language (ADR 0050).")
        public String filter;
        @NonNull
        @Description("What to do to each item.")
        public List<@NonNull BulkOperationInput> operations;
        @NonNull
        @DefaultValue("ATOMIC")
        @Description("All or nothing (ATOMIC) or item by item (PER_ITEM).")
        public BulkMode mode = BulkMode.ATOMIC;
        @DefaultValue("false")
        @Description("Answer what would happen; write nothing.")
        public boolean dryRun;
        @Description("See CreateWorkspaceInput.idempotencyKey: the same key and input again answer the first answer.")
        public String idempotencyKey;
    }

    @Input("BulkOperationInput")
    @Description("Exactly one member: set (the fields of a PATCH of the item, as JSON; not status), addLabels, "
            + "removeLabels, transition (the target state) or delete (true, alone).")
    public static class BulkOperationInput {
        @Description("Fields to set, as in a PATCH of the item (not status).")
        public JsonObject set;
        @Description("Labels to add.")
        public List<@NonNull String> addLabels;
        @Description("Labels to remove.")
        public List<@NonNull String> removeLabels;
        @Description("The state to move each item to, through its workflow.")
        public String transition;
        @Description("true: delete each item (alone).")
        public Boolean delete;
    }

    @Type("BulkItemResult")
    @Description("One item's result: its version after the change, or the code and message of its refusal.")
    public record ItemResult(@NonNull @Description("The item's id.") String id,
                             @NonNull @Description("The item's key.") String key,
                             @Description("Whether its change went through.") boolean succeeded,
                             @Description("Its version after the change.") Long version,
                             @Description("Whether it was deleted.") boolean deleted,
                             @Description("Why it was refused: the code a single change answers.") String code,
                             @Description("The refusal's message.") String message) {
    }

    @Type("BulkUpdateWorkItemsPayload")
    @Description("What a bulk change did, or would do (dryRun), or the job it was queued as.")
    public record Payload(@NonNull @Description("Carried as data.bulkId by the change's events.") String bulkId,
                          @NonNull @Description("As asked.") BulkMode mode,
                          @Description("Whether it was only tried.") boolean dryRun,
                          @Description("Whether the changes were kept.") boolean applied,
                          @Description("Items named or matched.") int total,
                          @Description("Items whose change went through.") int succeeded,
                          @Description("Items refused.") int failed,
                          @NonNull @Description("Each item's result (empty when queued as a job).")
                          List<@NonNull ItemResult> items,
                          @Description("The job it was queued as, past 1,000 items.") JobTypes.Job job) {
        static Payload of(BulkOutcome o) {
            return new Payload(o.bulkId().toString(), BulkMode.valueOf(o.mode().name()), o.dryRun(), o.applied(),
                    o.total(), (int) o.succeeded(), (int) o.failed(), o.items().stream().map(r -> new ItemResult(
                    r.id().toString(), r.key(), r.succeeded(), r.version(), r.deleted(), r.code(), r.message())).toList(),
                    o.job() == null ? null : JobTypes.Job.of(new JobService.JobView(o.job(), List.of())));
        }
    }
}
