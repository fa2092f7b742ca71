package io.worklane.domain.planning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One item of a project's schedule in dates: its duration in working days (null when it has none:
 * unscheduled, then taken as 0), early and late start and finish (a milestone's four dates are one
 * day), total and free float in working days, and whether it is critical (total float ≤ 0).
 */
public record ItemSchedule(UUID id, String key, Integer durationDays, LocalDate earlyStart, LocalDate earlyFinish,
                           LocalDate lateStart, LocalDate lateFinish, int totalFloat, int freeFloat,
                           boolean critical) {
}
