package io.worklane.api.graphql.workitem;

import io.worklane.api.application.bulk.BulkOutcome;
import io.worklane.api.application.job.JobService;
import io.worklane.api.graphql.job.JobTypes;
import io.worklane.api.graphql.workitem.BulkUpdateInputs.BulkMode;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What bulkUpdateWorkItems answers (and records, for a retry with its idempotencyKey). */
@Type("BulkUpdateWorkItemsPayload")
@Description("What a bulk change did, or would do (dryRun), or the job it was queued as.")
public record BulkUpdatePayload(@NonNull @Description("Carried as data.bulkId by the change's events.") String bulkId,
                                @NonNull @Description("As asked.") BulkMode mode,
                                @Description("Whether it was only tried.") boolean dryRun,
                                @Description("Whether the changes were kept.") boolean applied,
                                @Description("Items named or matched.") int total,
                                @Description("Items whose change went through.") int succeeded,
                                @Description("Items refused.") int failed,
                                @NonNull @Description("Each item's result (empty when queued as a job).")
                                List<@NonNull ItemResult> items,
                                @Description("The job it was queued as, past 1,000 items.") JobTypes.Job job) {
    static BulkUpdatePayload of(BulkOutcome o) {
        return new BulkUpdatePayload(o.bulkId().toString(), BulkMode.valueOf(o.mode().name()), o.dryRun(),
                o.applied(), o.total(), (int) o.succeeded(), (int) o.failed(), o.items().stream().map(r ->
                new ItemResult(r.id().toString(), r.key(), r.succeeded(), r.version(), r.deleted(), r.code(),
                        r.message(), r.newKey())).toList(),
                o.job() == null ? null : JobTypes.Job.of(new JobService.JobView(o.job(), List.of())));
    }

    @Type("BulkItemResult")
    @Description("One item's result: its version after the change, or the code and message of its refusal.")
    public record ItemResult(@NonNull @Description("The item's id.") String id,
                             @NonNull @Description("The item's key.") String key,
                             @Description("Whether its change went through.") boolean succeeded,
                             @Description("Its version after the change.") Long version,
                             @Description("Whether it was deleted.") boolean deleted,
                             @Description("Why it was refused: the code a single change answers.") String code,
                             @Description("The refusal's message.") String message,
                             @Description("Its key after a move to another project (the key above still finds "
                                     + "it); null when the key did not change.") String newKey) {
    }
}
