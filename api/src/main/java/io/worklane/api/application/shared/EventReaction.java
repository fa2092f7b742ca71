package io.worklane.api.application.shared;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.event.DomainEvent;

/**
 * Work that belongs to the transaction of an event: whatever records an event also runs every reaction,
 * after the event is in the outbox and before the use case commits (collaboration: mentions, watchers,
 * notifications). A reaction ignores the types it has no business with, at no cost; one that fails fails the
 * use case, so nothing is half-done.
 */
public interface EventReaction {
    Uni<Void> react(DomainEvent event, Caller caller);
}
