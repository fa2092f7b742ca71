package io.worklane.domain.resource;

/**
 * What a cost rate is per. Only HOUR: a "day" differs between resources and weekdays, so a day rate
 * would price the same minutes differently depending on the calendar (ADR 0024).
 */
public enum RateUnit {
    HOUR
}
