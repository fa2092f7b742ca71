package io.worklane.domain.goal;

import io.worklane.domain.shared.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One check-in of a key result, kept: the value it set, the value before, why, who and when. */
public record CheckIn(UUID id, UUID workspaceId, UUID keyResultId, BigDecimal value, BigDecimal previous, String note,
                      Actor actor, Instant createdAt) {
    public static final int MAX_NOTE = 2000;
}
