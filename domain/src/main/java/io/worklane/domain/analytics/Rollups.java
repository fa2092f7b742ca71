package io.worklane.domain.analytics;

import io.smallrye.mutiny.Uni;

/**
 * The counts that writes keep for whole-workspace aggregates and cumulative flow (ADR 0080): appended as
 * deltas, folded together from time to time so that reading them stays cheap.
 */
public interface Rollups {
    /** Folds the deltas of every workspace that has at least {@code atLeast} unfolded ones; answers how many. */
    Uni<Integer> compact(int atLeast);
}
