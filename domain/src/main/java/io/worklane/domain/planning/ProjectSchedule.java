package io.worklane.domain.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A project's schedule: from its start, the earliest it can finish, against its target date
 * ({@code finishVarianceDays} working days, positive when late), its critical paths as ordered keys,
 * every item's dates and floats, and warnings for what could not be scheduled and why.
 */
public record ProjectSchedule(UUID projectId, String projectKey, LocalDate start, LocalDate earliestFinish,
                              LocalDate targetDate, Integer finishVarianceDays, List<List<String>> criticalPaths,
                              List<ItemSchedule> items, List<String> warnings) {

    public Optional<ItemSchedule> item(UUID id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }
}
