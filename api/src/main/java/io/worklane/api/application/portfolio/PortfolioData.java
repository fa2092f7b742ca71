package io.worklane.api.application.portfolio;

import io.worklane.domain.portfolio.Portfolio;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A portfolio as events carry it: its fields and its ranked projects' ids. */
final class PortfolioData {
    private PortfolioData() {
    }

    static Map<String, Object> of(Portfolio p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id().toString());
        m.put("name", p.name());
        m.put("description", p.description());
        m.put("owner", p.ownerId() == null ? null : p.ownerId().toString());
        m.put("currency", p.currency());
        m.put("parent", p.parentId() == null ? null : p.parentId().toString());
        m.put("projects", p.projectIds().stream().map(UUID::toString).toList());
        m.put("version", p.version());
        return m;
    }
}
