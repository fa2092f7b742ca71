package io.worklane.api.application.job;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobError;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.job.Jobs;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Background jobs as callers see them: queued by the use cases that need one (a large bulk change), read and
 * cancelled through the API. Jobs change work items today, so reading one needs work_items:read and cancelling
 * one work_items:write.
 */
@ApplicationScoped
public class JobService {
    /** The most errors a job's representation lists (the count of refused steps is always whole). */
    public static final int ERRORS_SHOWN = 100;
    private final Jobs jobs;
    private final Access access;
    private final JobCompletion completion;
    private final Now now;

    public JobService(Jobs jobs, Access access, JobCompletion completion, Now now) {
        this.jobs = jobs;
        this.access = access;
        this.completion = completion;
        this.now = now;
    }

    /** A job and its first errors. */
    public record JobView(Job job, List<JobError> errors) {
    }

    /** Queues a job of {@code kind} in the caller's transaction, acting later as the caller acts now. */
    public Uni<Job> queue(Caller caller, UUID workspaceId, JobKind kind, int total, Map<String, Object> input) {
        Map<String, Object> stored = new HashMap<>(input);
        stored.put(JobCallers.FIELD, JobCallers.snapshot(caller, workspaceId));
        Job job = Job.queue(workspaceId, kind.name(), total, stored, caller.actorIn(workspaceId), now.instant());
        return jobs.insert(job).replaceWith(job);
    }

    public Uni<JobView> get(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> load(ws.id(), id))
                .chain(this::view);
    }

    /**
     * Asks a job to stop: a queued one is cancelled at once (job.completed), a running one stops before its next
     * step (its runner ends it). A finished job is refused with 409 JOB_FINISHED.
     */
    @WithTransaction
    public Uni<JobView> cancel(Caller caller, String wsRef, String id) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_WRITE).chain(ws -> load(ws.id(), id)
                .invoke(JobService::ensureNotFinished)
                .chain(job -> jobs.cancel(ws.id(), job.id(), now.instant()))
                .map(found -> found.orElseThrow(() -> notFound(id)))
                .call(job -> job.status() == JobStatus.CANCELLED ? completion.completed(job, caller,
                        JobStatus.CANCELLED, job.done(), job.failed(), Map.of()) : Uni.createFrom().voidItem()))
                .chain(this::view);
    }

    private Uni<Job> load(UUID workspaceId, String id) {
        UUID parsed = Ids.parseOrNull(id);
        if (parsed == null) {
            return Uni.createFrom().failure(notFound(id));
        }
        return jobs.find(workspaceId, parsed).map(found -> found.orElseThrow(() -> notFound(id)));
    }

    private Uni<JobView> view(Job job) {
        return (job.failed() == 0 ? Uni.createFrom().item(List.<JobError>of()) : jobs.errors(job.id(), ERRORS_SHOWN))
                .map(errors -> new JobView(job, errors));
    }

    private static void ensureNotFinished(Job job) {
        if (job.status().finished()) {
            throw new DomainException(ErrorCode.JOB_FINISHED, "Job " + job.id() + " has already ended ("
                    + job.status() + "); there is nothing to cancel. Read it for its result.");
        }
    }

    private static DomainException notFound(String id) {
        return DomainException.notFound(ErrorCode.JOB_NOT_FOUND, "Job", id);
    }
}
