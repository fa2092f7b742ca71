package io.worklane.api.application.job;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.job.Job;
import java.util.Map;

/**
 * One kind of background job (a bulk change; imports come as another). The runner calls {@link #step} once
 * per position, from the job's checkpoint on, inside a transaction that also moves the checkpoint: what a
 * step writes commits with it or not at all, so a resumed job never redoes a step. A step refused with a
 * {@link io.worklane.domain.shared.DomainException} is rolled back and counted as failed with its code.
 */
public interface JobKind {
    /** The name stored as the job's kind ("bulk_update"). */
    String name();

    /** Does step {@code position} of {@code job} as {@code caller}, in the runner's transaction. */
    Uni<Void> step(Job job, Caller caller, int position);

    /**
     * How many steps from {@code position} one transaction may take (ADR 0083); 1, the default, is a transaction
     * per step. A kind that answers more implements {@link #steps}.
     */
    default int chunk(Job job, int position) {
        return 1;
    }

    /**
     * Does steps {@code from} to {@code from + count - 1} as {@code caller} in the runner's one transaction, which
     * also moves the checkpoint past them. A refusal of any of them rolls them all back; the runner then does them
     * again one by one with {@link #step}, so a refused step is reported alone and its neighbours still run.
     */
    default Uni<Void> steps(Job job, Caller caller, int from, int count) {
        throw new UnsupportedOperationException("Job kind " + name() + " takes its steps one by one");
    }

    /** What step {@code position} is about, for its error ("ENG-42"). */
    String ref(Job job, int position);

    /**
     * Whether the whole job is one transaction (all steps or none: a refused step fails the job and undoes
     * the others). Then a crash undoes what was done and the job starts again from its first step.
     */
    default boolean atomic(Job job) {
        return false;
    }

    /** Whether the job only tries its steps: each is rolled back once tried, and nothing is written but the job. */
    default boolean dryRun(Job job) {
        return false;
    }

    /** What the finished job reports beside its progress and errors. */
    default Map<String, Object> result(Job job) {
        return Map.of();
    }
}
