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
