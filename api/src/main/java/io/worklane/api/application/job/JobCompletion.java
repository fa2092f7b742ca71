package io.worklane.api.application.job;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Events;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.job.Jobs;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Ends a job and says so with {@code job.completed}, in the caller's transaction. */
@ApplicationScoped
class JobCompletion {
    private final Jobs jobs;
    private final Events events;
    private final Now now;

    JobCompletion(Jobs jobs, Events events, Now now) {
        this.jobs = jobs;
        this.events = events;
        this.now = now;
    }

    /** Ends {@code job} held by {@code owner}; nothing happens when another runner holds it now. */
    Uni<Void> finish(Job job, UUID owner, Caller caller, JobStatus status, int done, int failed,
                     Map<String, Object> result) {
        var at = now.instant();
        return jobs.finish(job.id(), owner, status, result, at).chain(finished -> finished
                ? completed(job, caller, status, done, failed, result) : Uni.createFrom().voidItem());
    }

    /** The event of a job that ended (also of a queued one cancelled before it ran). */
    Uni<Void> completed(Job job, Caller caller, JobStatus status, int done, int failed, Map<String, Object> result) {
        return events.record("job.completed", job.workspaceId(), job.id(), caller, now.instant(),
                data(job, status, done, failed, result), null);
    }

    static Map<String, Object> data(Job job, JobStatus status, int done, int failed, Map<String, Object> result) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", job.id().toString());
        data.put("kind", job.kind());
        data.put("status", status.name());
        data.put("total", job.total());
        data.put("done", done);
        data.put("failed", failed);
        data.put("result", result == null ? Map.of() : result);
        return data;
    }
}
