package io.worklane.api.application.risk;

import io.worklane.domain.risk.Risk;
import io.worklane.domain.workitem.WorkItem;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A risk with its mitigation items as both APIs show them (id, key, title, status); deleted items drop out. */
public record ShownRisk(Risk risk, List<ItemRef> mitigationItems) {
    public record ItemRef(UUID id, String key, String title, String status) {
    }

    static ShownRisk of(Risk risk, Map<UUID, WorkItem> items) {
        return new ShownRisk(risk, risk.mitigationItemIds().stream().map(items::get).filter(Objects::nonNull)
                .map(w -> new ItemRef(w.id(), w.key(), w.title(), w.status())).toList());
    }
}
