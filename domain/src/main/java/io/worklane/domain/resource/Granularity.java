package io.worklane.domain.resource;

/** The length of a workload period: an ISO week (Monday to Sunday) or a day. */
public enum Granularity {
    WEEK, DAY
}
