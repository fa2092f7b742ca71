package io.worklane.domain.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/** A running timer of a resource on a work item; stopping it logs the time as an entry. */
public record Timer(UUID id, UUID workspaceId, UUID resourceId, UUID workItemId, boolean billable, String note,
                    Instant startedAt) {
    /** The whole minutes elapsed, at least 1 and at most a day (an entry holds one day's time). */
    public int minutesAt(Instant stop) {
        long minutes = Duration.between(startedAt, stop).toMinutes();
        return (int) Math.max(1, Math.min(TimeEntry.MAX_MINUTES, minutes));
    }

    /** The day the time is logged on: the day it started, in UTC. */
    public LocalDate day() {
        return startedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    }
}
