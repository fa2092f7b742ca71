package io.worklane.api.application.bulk;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkItemChange.BulkTarget;
import io.worklane.api.application.job.JobKind;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.job.Job;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A bulk change of more items than are answered at once, as a background job: one step per item (all in one
 * transaction when ATOMIC). Its input keeps the items found when it was asked for, the operations in their
 * JSON form, the mode and the shared bulkId, so that any instance can run or resume it.
 */
@ApplicationScoped
public class BulkJob implements JobKind {
    public static final String KIND = "bulk_update";
    private final BulkItemChange change;
    private final PatchReader patches;

    public BulkJob(BulkItemChange change, PatchReader patches) {
        this.change = change;
        this.patches = patches;
    }

    static Map<String, Object> input(UUID bulkId, BulkRequest r, List<BulkTarget> targets) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("bulkId", bulkId.toString());
        input.put("mode", r.mode().name());
        input.put("dryRun", r.dryRun());
        input.put("operations", r.operations());
        input.put("ids", targets.stream().map(t -> t.id().toString()).toList());
        input.put("keys", targets.stream().map(BulkTarget::key).toList());
        return input;
    }

    @Override
    public String name() {
        return KIND;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Uni<Void> step(Job job, Caller caller, int position) {
        BulkOperation op = BulkOperations.parse((List<Map<String, Object>>) job.input().get("operations"), patches);
        BulkTarget target = new BulkTarget(job.workspaceId(),
                UUID.fromString(((List<String>) job.input().get("ids")).get(position)), ref(job, position));
        return change.apply(caller.inBulk(bulkId(job)), job.workspaceId().toString(), target, op).replaceWithVoid();
    }

    @Override
    @SuppressWarnings("unchecked")
    public String ref(Job job, int position) {
        return ((List<String>) job.input().get("keys")).get(position);
    }

    @Override
    public boolean atomic(Job job) {
        return BulkRequest.Mode.ATOMIC.name().equals(job.input().get("mode"));
    }

    @Override
    public boolean dryRun(Job job) {
        return Boolean.TRUE.equals(job.input().get("dryRun"));
    }

    @Override
    public Map<String, Object> result(Job job) {
        return Map.of("bulkId", job.input().get("bulkId"), "mode", job.input().get("mode"),
                "dryRun", job.input().get("dryRun"));
    }

    private static UUID bulkId(Job job) {
        return UUID.fromString((String) job.input().get("bulkId"));
    }
}
