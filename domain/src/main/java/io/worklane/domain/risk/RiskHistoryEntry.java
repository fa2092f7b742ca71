package io.worklane.domain.risk;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One change of a risk: who, when, what kind (created, updated, closed, reopened, deleted) and, per
 * field, its value before and after ({@code {"probability": {"before": 2, "after": 4}}}).
 */
public record RiskHistoryEntry(UUID id, UUID workspaceId, UUID riskId, Instant occurredAt, Actor actor, String change,
                               Map<String, Map<String, Object>> fields) {
    public static RiskHistoryEntry of(UUID workspaceId, UUID riskId, Instant at, Actor actor, String change,
                                      Map<String, Map<String, Object>> fields) {
        return new RiskHistoryEntry(Ids.newId(), workspaceId, riskId, at, actor, change, java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields)));
    }
}
