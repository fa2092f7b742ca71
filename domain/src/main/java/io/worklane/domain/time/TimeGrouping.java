package io.worklane.domain.time;

/** What time totals are grouped by; PERIOD is an ISO week (its Monday). */
public enum TimeGrouping {
    WORK_ITEM, PROJECT, RESOURCE, PERIOD
}
