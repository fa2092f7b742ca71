package io.worklane.api.application.job;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.application.shared.ScheduledRound;
import io.worklane.api.config.JobsConfig;
import io.worklane.domain.job.Job;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.job.Jobs;
import io.worklane.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs background jobs on any instance (ADR 0060): claims one with FOR UPDATE SKIP LOCKED, runs it with its
 * kind, ends it. Steps commit with their checkpoint ({@link JobSteps}, {@link AtomicJobSteps}); a runner that dies leaves its job
 * RUNNING until the lease runs out, then any instance takes it over from the checkpoint.
 */
@ApplicationScoped
public class JobRunner {
    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    /** This instance, as the owner of the jobs it claims. */
    private final UUID owner = Ids.newId();
    private final Jobs jobs;
    private final Map<String, JobKind> kinds = new HashMap<>();
    private final JobSteps steps;
    private final AtomicJobSteps atomicSteps;
    private final JobCompletion completion;
    private final JobsConfig config;
    private final Now now;
    private final ScheduledRound rounds;

    public JobRunner(Jobs jobs, Instance<JobKind> kinds, JobSteps steps, AtomicJobSteps atomicSteps,
                     JobCompletion completion, JobsConfig config, Now now, ScheduledRound rounds) {
        this.jobs = jobs;
        kinds.forEach(k -> this.kinds.put(k.name(), k));
        this.steps = steps;
        this.atomicSteps = atomicSteps;
        this.completion = completion;
        this.config = config;
        this.now = now;
        this.rounds = rounds;
    }

    @Scheduled(identity = "jobs", every = "${worklane.jobs.tick:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        rounds.run(config.runner().enabled(), LOG,
                "Jobs: a run stopped; the job is taken up again once its lease runs out", this::runAvailable);
    }

    /**
     * Claims and runs jobs, one after the other, until none is waiting; answers how many ran. The next tick is
     * skipped meanwhile, and other instances take the jobs queued behind.
     */
    public Uni<Integer> runAvailable() {
        int[] ran = {0};
        return Uni.createFrom().deferred(() -> jobs.claim(owner, now.instant(), lease()))
                .call(claimed -> claimed.map(this::run).orElse(Uni.createFrom().voidItem()))
                .invoke(claimed -> claimed.ifPresent(job -> ran[0]++))
                .repeat().whilst(java.util.Optional::isPresent)
                .collect().last().map(last -> ran[0]);
    }

    private Uni<Void> run(Job job) {
        JobKind kind = kinds.get(job.kind());
        Caller caller = JobCallers.of(job.input(), job.workspaceId());
        if (kind == null) {
            LOG.errorf("Jobs: job %s is of kind '%s', which this instance does not know", job.id(), job.kind());
            return Panache.withTransaction(() -> completion.finish(job, owner, caller, JobStatus.FAILED, job.done(),
                    job.failed(), Map.of("error", "UNKNOWN_JOB_KIND")));
        }
        LOG.infof("Jobs: running %s job %s from step %d of %d", job.kind(), job.id(), job.done(), job.total());
        JobRun run = new JobRun(job, kind, caller, owner);
        Uni<RunProgress> steps = job.cancelRequested() ? Uni.createFrom().item(RunProgress.stoppedAt(job))
                : kind.atomic(job) ? atomicSteps.run(run) : this.steps.oneByOne(run);
        return steps.chain(progress -> end(run, progress));
    }

    /** All steps done: the job succeeded (or failed, atomic with a refused step); stopped early: cancelled. */
    private Uni<Void> end(JobRun run, RunProgress progress) {
        if (progress.finished()) {
            return Uni.createFrom().voidItem(); // the atomic run ended the job in its own transaction
        }
        if (progress.stopped()) {
            return jobs.find(run.job().workspaceId(), run.job().id()).chain(current -> current.filter(Job::cancelRequested)
                    .map(j -> Panache.withTransaction(() -> completion.finish(j, owner, run.caller(),
                            JobStatus.CANCELLED, j.done(), j.failed(), run.kind().result(j))))
                    .orElse(Uni.createFrom().voidItem()));
        }
        JobStatus status = run.kind().atomic(run.job()) && progress.failed() > 0 ? JobStatus.FAILED : JobStatus.SUCCEEDED;
        return Panache.withTransaction(() -> completion.finish(run.job(), owner, run.caller(), status, progress.done(),
                progress.failed(), run.kind().result(run.job())));
    }

    Instant lease() {
        return now.instant().plus(config.lease());
    }
}
