package io.worklane.api.graphql.job;

import io.worklane.api.application.job.JobService;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.domain.job.JobStatus;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of background jobs (the same as REST's). */
public final class JobTypes {
    private JobTypes() {
    }

    @Type("Job")
    @Description("Work run in the background by any instance (a bulk change of more than 1,000 items).")
    public record Job(@NonNull @Id String id, @NonNull @Description("bulk_update") String kind,
                      @NonNull JobStatus status, @NonNull JobProgress progress,
                      @Description("Once ended: what the kind reports (a bulk change: bulkId, mode, dryRun).")
                      JsonObject result,
                      @NonNull @Description("The first 100 refused steps, in order.") List<@NonNull JobError> errors,
                      boolean cancelRequested, @NonNull Instant createdAt, Instant startedAt, Instant finishedAt) {
        public static Job of(JobService.JobView view) {
            var j = view.job();
            return new Job(j.id().toString(), j.kind(), j.status(), new JobProgress(j.done(), j.total(), j.failed()),
                    j.result() == null ? null : JsonValues.toJson(j.result()),
                    view.errors().stream().map(e -> new JobError(e.position(), e.ref(), e.code(), e.message())).toList(),
                    j.cancelRequested(), j.createdAt(), j.startedAt(), j.finishedAt());
        }
    }

    @Type("JobProgress")
    @Description("Steps committed of the total (a step is one item of a bulk change), of them refused.")
    public record JobProgress(int done, int total, int failed) {
    }

    @Type("JobError")
    @Description("A refused step: its position, what it was about (the item's key), the code and message.")
    public record JobError(int position, String ref, @NonNull String code, @NonNull String message) {
    }

    @Type("JobPayload")
    @Description("What cancelJob answers.")
    public record Payload(@NonNull Job job) {
    }
}
