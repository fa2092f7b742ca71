package io.worklane.api.application.notification;

import io.worklane.domain.event.DomainEvent;
import io.worklane.domain.notification.Subject;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Reads what the reactions need out of event payloads (ids are strings there, lists are lists of strings). */
final class EventFacts {
    private EventFacts() {
    }

    static UUID uuid(Map<String, Object> data, String key) {
        Object value = data == null ? null : data.get(key);
        return value == null ? null : Ids.parseOrNull(value.toString());
    }

    static String text(Map<String, Object> data, String key) {
        Object value = data == null ? null : data.get(key);
        return value == null ? null : value.toString();
    }

    static List<UUID> uuids(Map<String, Object> data, String key) {
        Object value = data == null ? null : data.get(key);
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Objects::nonNull).map(v -> Ids.parseOrNull(v.toString())).filter(Objects::nonNull)
                .toList();
    }

    /** The member who made the change; null for an API key or the system (they are told nothing, nor excluded). */
    static UUID actorMember(DomainEvent e) {
        return e.actor().kind() == Actor.Kind.MEMBER ? Ids.parseOrNull(e.actor().id()) : null;
    }

    static Subject item(Map<String, Object> data) {
        return new Subject(uuid(data, "id"), text(data, "key"), text(data, "title"));
    }

    static boolean changed(DomainEvent e, String field) {
        return e.previous() != null && e.previous().containsKey(field);
    }
}
