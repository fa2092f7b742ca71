package io.worklane.domain.workflow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How long a work item spent in each state, summed across revisits, in first-visited order.
 * Pure: the history comes in, the figures go out.
 */
public final class StatusDurations {

    /** One recorded status change; the application records moves made by a workflow revision too. */
    public record StatusChange(Instant at, String from, String to) {
    }

    public record TimeInState(String state, long totalSeconds) {
    }

    private StatusDurations() {
    }

    /**
     * Time before a change counts for the state the item was in by this history (the initial state or the
     * previous change's {@code to}); {@code from} is not needed for that. Time after {@code now} never counts.
     *
     * @param changes ordered by time
     * @throws IllegalArgumentException when the changes are out of order, a bug of the caller
     */
    public static List<TimeInState> compute(Instant createdAt, String initialState, List<StatusChange> changes,
                                            Instant now) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        String state = initialState;
        Instant since = createdAt;
        for (StatusChange change : changes) {
            if (change.at().isBefore(since)) {
                throw new IllegalArgumentException("status changes must be ordered by time, from createdAt on");
            }
            add(spent, state, since, change.at(), now);
            state = change.to();
            since = change.at();
        }
        add(spent, state, since, now, now);
        List<TimeInState> result = new ArrayList<>();
        spent.forEach((key, time) -> result.add(new TimeInState(key, time.toSeconds())));
        return List.copyOf(result);
    }

    private static void add(Map<String, Duration> spent, String state, Instant from, Instant to, Instant now) {
        Instant end = to.isAfter(now) ? now : to;
        Duration time = end.isAfter(from) ? Duration.between(from, end) : Duration.ZERO;
        spent.merge(state, time, Duration::plus);
    }
}
