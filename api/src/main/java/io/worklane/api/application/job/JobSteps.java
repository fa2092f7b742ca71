package io.worklane.api.application.job;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.JobsConfig;
import io.worklane.domain.job.Job;
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
import java.util.UUID;

/**
 * The steps of a claimed job. One by one: each step is a transaction whose first statement moves the job's
 * checkpoint (and holds its row, so a cancellation waits for the step to end); a refused step is rolled back
 * and counted in a transaction of its own. Atomically: every step in one transaction, undone as a whole when
 * one is refused (its errors are then written alone) or the job is cancelled meanwhile.
 */
@ApplicationScoped
class JobSteps {
    private final Jobs jobs;
    private final JobCompletion completion;
    private final JobsConfig config;
    private final Now now;

    JobSteps(Jobs jobs, JobCompletion completion, JobsConfig config, Now now) {
        this.jobs = jobs;
        this.completion = completion;
        this.config = config;
        this.now = now;
    }

    /** A job being run by this instance ({@code owner}) as {@code caller}. */
    record Run(Job job, JobKind kind, Caller caller, UUID owner) {
    }

    /** Where a run got to: steps done (of them refused), and whether it stopped early or already ended the job. */
    record Progress(int done, int failed, boolean stopped, boolean finished) {
        static Progress stoppedAt(Job job) {
            return new Progress(job.done(), job.failed(), true, false);
        }

        Progress next(boolean refused) {
            return new Progress(done + 1, failed + (refused ? 1 : 0), false, false);
        }

        Progress stop() {
            return new Progress(done, failed, true, false);
        }
    }

    Uni<Progress> oneByOne(Run run) {
        Progress start = new Progress(run.job().done(), run.job().failed(), false, false);
        if (start.done() >= run.job().total()) {
            return Uni.createFrom().item(start);
        }
        Progress[] at = {start};
        return Uni.createFrom().deferred(() -> next(run, at[0])).invoke(p -> at[0] = p)
                .repeat().whilst(p -> !p.stopped() && p.done() < run.job().total())
                .collect().last();
    }

    private Uni<Progress> next(Run run, Progress p) {
        int position = p.done();
        return Panache.withTransaction(() -> jobs.checkpoint(run.job().id(), run.owner(), position, lease(), null)
                        .call(held -> held ? tried(run, position) : Uni.createFrom().voidItem()))
                .map(held -> held ? p.next(false) : p.stop())
                .onFailure(TriedOnly.class).recoverWithUni(e -> counted(run, position, null)
                        .map(held -> held ? p.next(false) : p.stop()))
                .onFailure(DomainException.class).recoverWithUni(e -> counted(run, position, error(run, position, e))
                        .map(held -> held ? p.next(true) : p.stop()));
    }

    /** The step, then for a dry run its undoing (the transaction fails on purpose). */
    private Uni<Void> tried(Run run, int position) {
        return run.kind().step(run.job(), run.caller(), position).invoke(() -> {
            if (run.kind().dryRun(run.job())) {
                throw new TriedOnly();
            }
        });
    }

    private Uni<Boolean> counted(Run run, int position, JobError error) {
        return Panache.withTransaction(() -> jobs.checkpoint(run.job().id(), run.owner(), position, lease(), error));
    }

    Uni<Progress> atomically(Run run) {
        List<JobError> errors = new ArrayList<>();
        int total = run.job().total();
        return Panache.withTransaction(() -> Multi.createFrom().range(0, total)
                        .onItem().transformToUniAndConcatenate(position -> atomicStep(run, position, errors))
                        .collect().last()
                        .call(() -> {
                            if (!errors.isEmpty() || run.kind().dryRun(run.job())) {
                                return Uni.createFrom().failure(new TriedOnly());
                            }
                            return completion.finish(run.job(), run.owner(), run.caller(), JobStatus.SUCCEEDED, total, 0,
                                    run.kind().result(run.job()));
                        }))
                .map(done -> new Progress(total, 0, false, true))
                .onFailure(TriedOnly.class).recoverWithUni(e -> undone(run, errors))
                .onFailure(Stopped.class).recoverWithItem(e -> Progress.stoppedAt(run.job()));
    }

    private Uni<Void> atomicStep(Run run, int position, List<JobError> errors) {
        return jobs.checkpoint(run.job().id(), run.owner(), position, lease(), null)
                .invoke(held -> {
                    if (!held) {
                        throw new Stopped();
                    }
                })
                .chain(() -> run.kind().step(run.job(), run.caller(), position))
                .onFailure(DomainException.class).recoverWithItem(e -> {
                    errors.add(error(run, position, e));
                    return null;
                });
    }

    /** An atomic run undone: only its errors and its end are written (a dry run without errors succeeds). */
    private Uni<Progress> undone(Run run, List<JobError> errors) {
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
                .map(done -> new Progress(total, errors.size(), false, true));
    }

    private static JobError error(Run run, int position, Throwable e) {
        DomainException refusal = (DomainException) e;
        return new JobError(position, run.kind().ref(run.job(), position), refusal.code().name(), refusal.getMessage());
    }

    private Instant lease() {
        return now.instant().plus(config.lease());
    }

    /** A step tried and undone on purpose (a dry run; an atomic run with a refused step). */
    static final class TriedOnly extends RuntimeException {
        TriedOnly() {
            super("tried only", null, false, false);
        }
    }

    /** The job was cancelled, or taken over by another runner, during an atomic run. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("stopped", null, false, false);
        }
    }
}
