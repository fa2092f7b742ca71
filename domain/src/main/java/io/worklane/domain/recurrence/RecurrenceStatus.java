package io.worklane.domain.recurrence;

/** ACTIVE series create occurrences; ENDED ones (ended by hand, or by the rule's COUNT or UNTIL) never again. */
public enum RecurrenceStatus {
    ACTIVE, ENDED
}
