package io.worklane.domain.activity;

/**
 * How long a project's completed work items took from start to completion (ADR 0019): the number of
 * items and the mean and median in whole seconds, null when no item is completed.
 */
public record CycleTime(long completedItems, Long averageSeconds, Long medianSeconds) {
    public static final CycleTime NONE = new CycleTime(0, null, null);
}
