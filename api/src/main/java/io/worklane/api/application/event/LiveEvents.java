package io.worklane.api.application.event;

import io.smallrye.mutiny.Multi;
import io.worklane.domain.event.EventFeed;
import io.worklane.domain.event.EventNotices;
import io.worklane.domain.event.StoredEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Events as they are committed, on any instance, for live subscribers (GraphQL subscriptions).
 * Committed events are announced by the database (V11), so what one instance writes reaches
 * subscribers of every other; each watched workspace is followed by one {@link WorkspaceTail}.
 */
@ApplicationScoped
public class LiveEvents {
    private final EventFeed feed;
    private final Map<UUID, WorkspaceTail> tails = new ConcurrentHashMap<>();

    public LiveEvents(EventFeed feed, EventNotices notices) {
        this.feed = feed;
        notices.notices().subscribe().with(n -> {
            WorkspaceTail tail = tails.get(n.workspaceId());
            if (tail != null) {
                tail.poke();
            }
        });
    }

    /** The workspace's events committed from about now on, in seq order, without gaps. */
    public Multi<StoredEvent> of(UUID workspaceId) {
        return Multi.createFrom().deferred(() -> {
            WorkspaceTail tail = tails.compute(workspaceId, (id, t) -> {
                WorkspaceTail joined = t == null ? new WorkspaceTail(id, feed) : t;
                joined.subscribers++;
                return joined;
            });
            return tail.events().onTermination().invoke(() -> leave(workspaceId));
        });
    }

    private void leave(UUID workspaceId) {
        tails.computeIfPresent(workspaceId, (id, t) -> --t.subscribers == 0 ? null : t);
    }
}
