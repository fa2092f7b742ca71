package io.worklane.domain.webhook;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What recording a batch of attempts changed.
 *
 * @param current the deliveries whose attempt still held its lease: their results were applied; the others
 *                were only logged, a newer attempt having taken the delivery since
 * @param grown   the failure streak of each subscription whose streak grew
 */
public record RecordedAttempts(Set<UUID> current, Map<UUID, FailureStreak> grown) {
    public RecordedAttempts {
        current = Set.copyOf(current);
        grown = Map.copyOf(grown);
    }
}
