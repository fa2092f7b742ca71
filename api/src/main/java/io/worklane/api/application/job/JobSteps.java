package io.worklane.api.application.job;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Now;
import io.worklane.api.config.JobsConfig;
import io.worklane.domain.job.JobError;
import io.worklane.domain.job.Jobs;
import io.worklane.domain.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * The steps of a claimed job, one by one: each step is a transaction whose first statement moves the job's
 * checkpoint (and holds its row, so a cancellation waits for the step to end); a refused step is rolled back
 * and counted in a transaction of its own. Atomic runs are {@link AtomicJobSteps}.
 */
@ApplicationScoped
class JobSteps {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(JobSteps.class);
    private final Jobs jobs;
    private final JobsConfig config;
    private final Now now;

    JobSteps(Jobs jobs, JobsConfig config, Now now) {
        this.jobs = jobs;
        this.config = config;
        this.now = now;
    }

    Uni<RunProgress> oneByOne(JobRun run) {
        RunProgress start = RunProgress.from(run.job());
        if (start.done() >= run.job().total()) {
            return Uni.createFrom().item(start);
        }
        Cursor cursor = new Cursor(start);
        return Uni.createFrom().deferred(() -> next(run, cursor)).invoke(cursor::moveTo)
                .repeat().whilst(p -> !p.stopped() && p.done() < run.job().total())
                .collect().last();
    }

    /**
     * Where the run is between steps: each repeated step starts where the previous one ended. Steps before
     * {@code singlyUntil} belong to a chunk that was refused, and are done again one by one.
     */
    private static final class Cursor {
        private RunProgress at;
        private int singlyUntil;

        Cursor(RunProgress start) {
            at = start;
        }

        void moveTo(RunProgress p) {
            at = p;
        }
    }

    private Uni<RunProgress> next(JobRun run, Cursor cursor) {
        RunProgress p = cursor.at;
        int size = Math.min(run.kind().chunk(run.job(), p.done()), run.job().total() - p.done());
        if (size <= 1 || p.done() < cursor.singlyUntil || run.kind().dryRun(run.job())) {
            return single(run, p);
        }
        return chunk(run, p, size).onFailure(DomainException.class).recoverWithItem(e -> {
            LOG.debugf("Jobs: steps %d to %d of job %s refused together (%s); doing them one by one", p.done(),
                    p.done() + size - 1, run.job().id(), ((DomainException) e).code());
            cursor.singlyUntil = p.done() + size;
            return p;
        });
    }

    /**
     * Steps {@code p.done()} to {@code p.done() + size - 1} in one transaction whose first statement moves the
     * checkpoint past them all (ADR 0083); a refusal of any rolls back the chunk, and its steps are done singly.
     */
    private Uni<RunProgress> chunk(JobRun run, RunProgress p, int size) {
        int position = p.done();
        return Panache.withTransaction(() -> jobs.advance(run.job().id(), run.owner(), position, size, lease())
                        .call(held -> held ? run.kind().steps(run.job(), run.caller(), position, size)
                                : Uni.createFrom().voidItem()))
                .map(held -> held ? p.advance(size) : p.stop());
    }

    private Uni<RunProgress> single(JobRun run, RunProgress p) {
        int position = p.done();
        return Panache.withTransaction(() -> jobs.checkpoint(run.job().id(), run.owner(), position, lease(), null)
                        .call(held -> held ? tried(run, position) : Uni.createFrom().voidItem()))
                .map(held -> held ? p.next(false) : p.stop())
                .onFailure(TriedOnly.class).recoverWithUni(e -> counted(run, position, null)
                        .map(held -> held ? p.next(false) : p.stop()))
                .onFailure(DomainException.class).recoverWithUni(e -> counted(run, position, run.error(position, e))
                        .map(held -> held ? p.next(true) : p.stop()));
    }

    /** The step, then for a dry run its undoing (the transaction fails on purpose). */
    private Uni<Void> tried(JobRun run, int position) {
        return run.kind().step(run.job(), run.caller(), position).invoke(() -> {
            if (run.kind().dryRun(run.job())) {
                throw new TriedOnly();
            }
        });
    }

    private Uni<Boolean> counted(JobRun run, int position, JobError error) {
        return Panache.withTransaction(() -> jobs.checkpoint(run.job().id(), run.owner(), position, lease(), error));
    }

    private Instant lease() {
        return now.instant().plus(config.lease());
    }
}
