package io.worklane.domain.planning;

import java.util.UUID;

/**
 * A task of the network to schedule, in working-day numbers (see {@link WorkingCalendar}).
 *
 * @param duration           working days, 0 for a milestone (and for an unscheduled item)
 * @param startNoEarlierThan the number of the first day it may start on, or null
 * @param finishNoLaterThan  the exclusive finish it must keep (the day after its last), or null
 */
public record NetworkTask(UUID id, String key, int duration, Integer startNoEarlierThan, Integer finishNoLaterThan) {
    public NetworkTask {
        if (duration < 0) {
            throw new IllegalArgumentException("a duration is never negative");
        }
    }

    public static NetworkTask of(UUID id, String key, int duration) {
        return new NetworkTask(id, key, duration, null, null);
    }
}
