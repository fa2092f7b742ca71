package io.worklane.api.application.planning;

import io.worklane.domain.planning.Dependency;
import io.worklane.domain.planning.Link;
import io.worklane.domain.workitem.WorkItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads and activity values of dependencies and links: ids and keys, no titles. */
final class PlanningData {
    private PlanningData() {
    }

    static Map<String, Object> of(Dependency d, WorkItem predecessor, WorkItem successor) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id().toString());
        m.put("predecessor", ref(predecessor));
        m.put("successor", ref(successor));
        m.put("type", d.type().name());
        m.put("lagDays", d.lagDays());
        return m;
    }

    static Map<String, Object> of(Link l, WorkItem source, WorkItem target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id().toString());
        m.put("source", ref(source));
        m.put("target", ref(target));
        m.put("type", l.type().name());
        return m;
    }

    /** The other end of a dependency or link as an item's history shows it. */
    static Map<String, Object> end(WorkItem other, String type, Integer lagDays) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", other.key());
        m.put("type", type);
        if (lagDays != null) {
            m.put("lagDays", lagDays);
        }
        return m;
    }

    private static Map<String, Object> ref(WorkItem w) {
        return Map.of("id", w.id().toString(), "key", w.key());
    }
}
