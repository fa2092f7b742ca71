package io.worklane.domain.planning;

import java.util.UUID;

/**
 * A task with its critical-path figures, in working-day numbers: early and late start, exclusive early
 * and late finish, total float (how far it may slip without moving the project's finish, negative
 * when a constraint cannot be kept) and free float (how far without moving any successor).
 */
public record ScheduledTask(UUID id, String key, int duration, int earlyStart, int earlyFinish, int lateStart,
                            int lateFinish, int totalFloat, int freeFloat) {

    public boolean critical() {
        return totalFloat <= 0;
    }
}
