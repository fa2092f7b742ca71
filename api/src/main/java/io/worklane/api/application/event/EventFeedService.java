package io.worklane.api.application.event;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.event.EventFeed;
import io.worklane.domain.event.StoredEvent;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * The change feed: a workspace's events in seq order, from where the consumer left off. A consumer that
 * missed webhooks catches up with no gap; one that fell behind the retention is told so (410
 * EVENTS_EXPIRED), never handed a silent gap. Reading it needs {@code webhooks:read}: it is what
 * webhook subscriptions would deliver.
 */
@ApplicationScoped
public class EventFeedService {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private final EventFeed feed;
    private final Access access;
    private final EventSight sight;

    public EventFeedService(EventFeed feed, Access access, EventSight sight) {
        this.sight = sight;
        this.feed = feed;
        this.access = access;
    }

    /** A page of the feed; {@code nextAfterSeq} is where to continue (the last seq read, or afterSeq). */
    public record FeedPage(List<StoredEvent> events, long nextAfterSeq, boolean hasMore) {
    }

    public Uni<FeedPage> read(Caller caller, String wsRef, Long afterSeq, Integer limit) {
        checkRange(afterSeq, limit);
        return access.workspace(caller, wsRef, Scope.WEBHOOKS_READ).chain(ws -> page(ws.id(), afterSeq, limit)
                .chain(page -> seen(caller, ws.id(), page)));
    }

    /** For a workspace already resolved (a GraphQL field of it): the scope is checked in memory. */
    public Uni<FeedPage> read(Caller caller, UUID workspaceId, Long afterSeq, Integer limit) {
        checkRange(afterSeq, limit);
        Access.require(caller, workspaceId, Scope.WEBHOOKS_READ);
        return page(workspaceId, afterSeq, limit).chain(page -> seen(caller, workspaceId, page));
    }

    /**
     * The page without the events of projects hidden from the caller (ADR 0084); nextAfterSeq stays the last seq
     * read, so that the consumer continues after them, never reading them again.
     */
    private Uni<FeedPage> seen(Caller caller, UUID workspaceId, FeedPage page) {
        return sight.visible(caller, workspaceId, page.events())
                .map(shown -> new FeedPage(shown, page.nextAfterSeq(), page.hasMore()));
    }

    private static void checkRange(Long afterSeq, Integer limit) {
        long after = afterSeq == null ? 0 : afterSeq;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (after < 0 || size < 1 || size > MAX_LIMIT) {
            throw DomainException.validation(List.of(after < 0
                    ? new FieldError("afterSeq", "OUT_OF_RANGE", "must be 0 or more")
                    : new FieldError("limit", "OUT_OF_RANGE", "must be between 1 and " + MAX_LIMIT)));
        }
    }

    private Uni<FeedPage> page(UUID workspaceId, Long afterSeq, Integer limit) {
        long after = afterSeq == null ? 0 : afterSeq;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        return feed.purgedThrough(workspaceId).chain(purged -> {
            if (after < purged) {
                throw new DomainException(ErrorCode.EVENTS_EXPIRED, "Events up to seq " + purged
                        + " were removed after the retention period, so the feed cannot continue from seq "
                        + after + " without a gap. Read the current state through the API, then continue"
                        + " from afterSeq=" + purged + ".");
            }
            return feed.after(workspaceId, after, size + 1);
        }).map(events -> {
            List<StoredEvent> page = events.size() > size ? events.subList(0, size) : events;
            long next = page.isEmpty() ? after : page.get(page.size() - 1).seq();
            return new FeedPage(List.copyOf(page), next, events.size() > size);
        });
    }
}
