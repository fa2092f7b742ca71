package io.worklane.api.application.job;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.JobsConfig;
import io.worklane.domain.job.JobError;
import io.worklane.domain.job.JobStatus;
import io.worklane.domain.job.Jobs;
import io.worklane.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of a claimed atomic job: every step in one transaction, undone as a whole when one is refused (its
 * errors are then written alone) or the job is cancelled meanwhile.
 */
@ApplicationScoped
class AtomicJobSteps {
    private final Jobs jobs;
    private final JobCompletion completion;
    private final JobsConfig config;
    private final Now now;

    AtomicJobSteps(Jobs jobs, JobCompletion completion, JobsConfig config, Now now) {
        this.jobs = jobs;
        this.completion = completion;
        this.config = config;
        this.now = now;
    }

    Uni<RunProgress> run(JobRun run) {
        List<JobError> errors = new ArrayList<>();
        int total = run.job().total();
        return Panache.withTransaction(() -> Multi.createFrom().range(0, total)
                        .onItem().transformToUniAndConcatenate(position -> step(run, position, errors))
                        .collect().last()
                        .call(() -> succeeded(run, errors)))
                .map(done -> RunProgress.ended(total, 0))
                .onFailure(TriedOnly.class).recoverWithUni(e -> undone(run, errors))
                .onFailure(Stopped.class).recoverWithItem(e -> RunProgress.stoppedAt(run.job()));
    }

    private Uni<Void> step(JobRun run, int position, List<JobError> errors) {
        return jobs.checkpoint(run.job().id(), run.owner(), position, lease(), null)
                .invoke(held -> {
                    if (!held) {
                        throw new Stopped();
                    }
                })
                .chain(() -> run.kind().step(run.job(), run.caller(), position))
                .onFailure(DomainException.class).recoverWithItem(e -> {
                    errors.add(run.error(position, e));
                    return null;
                });
    }

    /** Every step went through: the job ends in the same transaction; a dry run or a refusal undoes it all. */
    private Uni<Void> succeeded(JobRun run, List<JobError> errors) {
        if (!errors.isEmpty() || run.kind().dryRun(run.job())) {
            return Uni.createFrom().failure(new TriedOnly());
        }
        return completion.finish(run.job(), run.owner(), run.caller(), JobStatus.SUCCEEDED, run.job().total(), 0,
                run.kind().result(run.job()));
    }

    /** An atomic run undone: only its errors and its end are written (a dry run without errors succeeds). */
    private Uni<RunProgress> undone(JobRun run, List<JobError> errors) {
        int total = run.job().total();
        JobStatus status = errors.isEmpty() ? JobStatus.SUCCEEDED : JobStatus.FAILED;
        Map<Integer, JobError> byPosition = new HashMap<>();
        errors.forEach(e -> byPosition.put(e.position(), e));
        return Panache.withTransaction(() -> Multi.createFrom().range(0, total)
                        .onItem().transformToUniAndConcatenate(position -> jobs.checkpoint(run.job().id(), run.owner(),
                                position, lease(), byPosition.get(position)))
                        .collect().last()
                        .chain(() -> completion.finish(run.job(), run.owner(), run.caller(), status, total,
                                errors.size(), run.kind().result(run.job()))))
                .map(done -> RunProgress.ended(total, errors.size()));
    }

    private Instant lease() {
        return now.instant().plus(config.lease());
    }

    /** The job was cancelled, or taken over by another runner, during an atomic run. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
