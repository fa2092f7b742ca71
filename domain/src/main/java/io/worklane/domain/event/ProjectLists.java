package io.worklane.domain.event;

import io.worklane.domain.shared.Ids;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Events that list projects by id (ADR 0084, 0085): a portfolio's and a goal's {@code projects}, a webhook
 * subscription's {@code privateProjects}. A reader who may not see some of those projects still reads the event, with
 * their ids left out of the list: the change feed and live subscriptions (for a caller), webhook deliveries (for a
 * subscription) narrow it the same way.
 */
public final class ProjectLists {
    private ProjectLists() {
    }

    /** The key of the list of projects an event of this type carries, or null when it carries none. */
    public static String of(String eventType) {
        if (eventType.startsWith("webhook.")) {
            return "privateProjects";
        }
        return eventType.startsWith("portfolio.") || eventType.startsWith("goal.") ? "projects" : null;
    }

    /** {@code data} without the ids of hidden projects in its {@code list}; the same map when there is nothing to drop. */
    public static Map<String, Object> without(Map<String, Object> data, String list, Predicate<UUID> hidden) {
        if (data == null || list == null || !(data.get(list) instanceof List<?> ids)) {
            return data;
        }
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(list, ids.stream().filter(id -> !(id instanceof String s) || !isHidden(Ids.parseOrNull(s), hidden))
                .toList());
        return copy;
    }

    private static boolean isHidden(UUID id, Predicate<UUID> hidden) {
        return id != null && hidden.test(id);
    }
}
