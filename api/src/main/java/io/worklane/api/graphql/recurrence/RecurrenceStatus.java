package io.worklane.api.graphql.recurrence;

import org.eclipse.microprofile.graphql.Description;

@Description("ACTIVE: the series creates its items; ENDED: never again (ended by hand, or by its COUNT or UNTIL).")
public enum RecurrenceStatus {
    ACTIVE, ENDED
}
