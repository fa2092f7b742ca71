package io.worklane.domain.planning;

import java.util.List;

/**
 * The answer of the critical path method: every task in the order given, the project's exclusive
 * early finish, its critical paths as ordered keys (at most {@link CriticalPathMethod#MAX_PATHS}), and
 * what could not be honoured.
 */
public record NetworkSchedule(List<ScheduledTask> tasks, int finish, List<List<String>> criticalPaths,
                              List<String> warnings) {
}
