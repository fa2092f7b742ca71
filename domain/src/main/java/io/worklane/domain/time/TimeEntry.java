package io.worklane.domain.time;

import io.worklane.domain.resource.CostRates;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.UUID;

/**
 * Time a resource spent on a work item on one day. Its cost is the minutes at the resource's rate in
 * force that day (null when none is), computed here and kept true when the rates change.
 */
public record TimeEntry(UUID id, UUID workspaceId, UUID resourceId, UUID workItemId, UUID projectId, LocalDate date,
                        int minutes, boolean billable, String note, Money cost, long version, Instant createdAt,
                        Instant updatedAt) {
    public static final int MAX_MINUTES = 1440;
    public static final int MAX_NOTE = 2000;

    public TimeEntry {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(workItemId, "workItemId");
        Objects.requireNonNull(date, "date");
    }

    public static TimeEntry create(UUID workspaceId, NewTimeEntry n, CostRates rates, Instant now) {
        return read(Ids.newId(), workspaceId, n, rates, 0, now, now);
    }

    public TimeEntry change(NewTimeEntry n, CostRates rates, Instant now) {
        return read(id, workspaceId, n, rates, version, createdAt, now);
    }

    /** The same entry priced at {@code rates}. */
    public TimeEntry repriced(CostRates rates) {
        return new TimeEntry(id, workspaceId, resourceId, workItemId, projectId, date, minutes, billable, note,
                rates.costOf(minutes, date).orElse(null), version, createdAt, updatedAt);
    }

    public NewTimeEntry toNew() {
        return new NewTimeEntry(resourceId, workItemId, projectId, date.toString(), minutes, billable, note);
    }

    private static TimeEntry read(UUID id, UUID workspaceId, NewTimeEntry n, CostRates rates, long version,
                                  Instant createdAt, Instant now) {
        Validation v = new Validation();
        LocalDate date = null;
        if (n.date() == null) {
            v.require(false, "date", "REQUIRED", "is required (YYYY-MM-DD)");
        } else {
            try {
                date = LocalDate.parse(n.date());
            } catch (DateTimeParseException e) {
                v.require(false, "date", "INVALID_FORMAT", "'" + n.date() + "' is not a date (YYYY-MM-DD)");
            }
        }
        v.require(n.minutes() != null && n.minutes() > 0 && n.minutes() <= MAX_MINUTES, "minutes",
                "MINUTES_OUT_OF_RANGE", "must be from 1 to 1440 (24 h), not " + n.minutes());
        v.text(n.note(), "note", 0, MAX_NOTE);
        v.orThrow();
        Money cost = rates.costOf(n.minutes(), date).orElse(null);
        return new TimeEntry(id, workspaceId, n.resourceId(), n.workItemId(), n.projectId(), date, n.minutes(),
                n.billable() == null || n.billable(), n.note(), cost, version, createdAt, now);
    }
}
