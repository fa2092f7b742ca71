package io.worklane.domain.notification;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who is told about one change, and as what: everyone concerned but the person who made it, each once,
 * under the first (most specific) kind they are added with — someone mentioned in a comment on an item they
 * watch is told they were mentioned, not also that there was a comment.
 */
public final class Audience {
    private final UUID actorMemberId;
    private final Map<UUID, NotificationKind> recipients = new LinkedHashMap<>();

    /** {@code actorMemberId}: the member who made the change, null when it was an API key or the system. */
    public Audience(UUID actorMemberId) {
        this.actorMemberId = actorMemberId;
    }

    public Audience add(Collection<UUID> members, NotificationKind kind) {
        members.stream().filter(m -> m != null && !m.equals(actorMemberId)).forEach(m -> recipients.putIfAbsent(m, kind));
        return this;
    }

    public Map<UUID, NotificationKind> recipients() {
        return Collections.unmodifiableMap(recipients);
    }
}
