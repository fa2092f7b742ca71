package io.worklane.api.graphql.job;

import io.worklane.api.application.job.JobService;
import io.worklane.api.graphql.shared.JsonValues;
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
    public record Job(@NonNull @Id @Description("Its id, for job(id:), cancelJob and jobProgress.") String id,
                      @NonNull @Description("bulk_update or import") String kind,
                      @NonNull @Description("Where it is.") JobState status,
                      @NonNull @Description("Steps done of the total.") JobProgress progress,
                      @Description("Once ended: what the kind reports (a bulk change: bulkId, mode, dryRun; an import: source, format, creates, updates, dependencies).")
                      JsonObject result,
                      @NonNull @Description("The first 100 refused steps, in order.") List<@NonNull JobError> errors,
                      @Description("Whether someone asked it to stop (a running job stops before its next step).")
                      boolean cancelRequested,
                      @NonNull @Description("When it was queued.") Instant createdAt,
                      @Description("When a runner first took it.") Instant startedAt,
                      @Description("When it ended.") Instant finishedAt) {
        public static Job of(JobService.JobView view) {
            var j = view.job();
            return new Job(j.id().toString(), j.kind(), JobState.valueOf(j.status().name()),
                    new JobProgress(j.done(), j.total(), j.failed()),
                    j.result() == null ? null : JsonValues.toJson(j.result()),
                    view.errors().stream().map(e -> new JobError(e.position(), e.ref(), e.code(), e.message())).toList(),
                    j.cancelRequested(), j.createdAt(), j.startedAt(), j.finishedAt());
        }
    }

    @Type("JobProgress")
    @Description("Steps committed of the total (a step is one item of a bulk change), of them refused.")
    public record JobProgress(@Description("Steps committed.") int done, @Description("Steps in all.") int total,
                              @Description("Steps among those done that were refused.") int failed) {
    }

    @Type("JobError")
    @Description("A refused step: its position, what it was about (the item's key), the code and message.")
    public record JobError(@Description("The step's position, from 0.") int position,
                           @Description("What the step was about (the item's key).") String ref,
                           @NonNull @Description("The refusal's code, as a single change answers it.") String code,
                           @NonNull @Description("Why, and what to do.") String message) {
    }

    @Type("JobPayload")
    @Description("What cancelJob answers.")
    public record Payload(@NonNull @Description("The job, cancelled or asked to stop.") Job job) {
    }
}
