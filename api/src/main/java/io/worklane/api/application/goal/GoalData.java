package io.worklane.api.application.goal;

import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.goal.Goal;
import io.worklane.domain.goal.KeyResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Goals, key results and check-ins as events carry them. */
final class GoalData {
    private GoalData() {
    }

    static Map<String, Object> of(Goal g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id().toString());
        m.put("title", g.title());
        m.put("description", g.description());
        m.put("owner", text(g.ownerId()));
        m.put("periodStart", g.periodStart().toString());
        m.put("periodEnd", g.periodEnd().toString());
        m.put("parent", text(g.parentId()));
        m.put("status", g.status().name());
        m.put("projects", g.projectIds().stream().map(UUID::toString).toList());
        m.put("portfolios", g.portfolioIds().stream().map(UUID::toString).toList());
        m.put("version", g.version());
        return m;
    }

    static Map<String, Object> of(KeyResult kr) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", kr.id().toString());
        m.put("goalId", kr.goalId().toString());
        m.put("title", kr.title());
        m.put("kind", kr.kind().name());
        m.put("currency", kr.currency());
        m.put("start", kr.start().toPlainString());
        m.put("target", kr.target().toPlainString());
        m.put("current", kr.current().toPlainString());
        m.put("version", kr.version());
        return m;
    }

    static Map<String, Object> of(KeyResult kr, CheckIn c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("keyResultId", kr.id().toString());
        m.put("goalId", kr.goalId().toString());
        m.put("value", c.value().toPlainString());
        m.put("previous", c.previous().toPlainString());
        m.put("note", c.note());
        m.put("version", kr.version());
        return m;
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
