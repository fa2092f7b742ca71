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

    /**
     * The reaction to many events of one use case run over many subjects (an import's chunk, ADR 0083): by
     * default each in turn; a reaction may do the same set-based.
     */
    default Uni<Void> reactAll(java.util.List<DomainEvent> events, Caller caller) {
        Uni<Void> all = Uni.createFrom().voidItem();
        for (DomainEvent event : events) {
            all = all.chain(() -> react(event, caller));
        }
        return all;
    }
}
