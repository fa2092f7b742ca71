package io.worklane.api.rest.event;

import io.quarkus.security.Authenticated;
import io.worklane.api.application.event.EventFeedService;
import io.worklane.api.rest.shared.Dates;
import io.worklane.api.rest.shared.RestResponses;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.event.StoredEvent;
import io.worklane.openapi.api.EventsApi;
import io.worklane.openapi.model.Actor;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.Event;
import io.worklane.openapi.model.EventList;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

@Authenticated
public class EventsResource implements EventsApi {
    private final EventFeedService feed;
    private final CurrentCaller caller;
    private final RestResponses responses;

    public EventsResource(EventFeedService feed, CurrentCaller caller, RestResponses responses) {
        this.feed = feed;
        this.caller = caller;
        this.responses = responses;
    }

    @Override
    public CompletionStage<Response> listEvents(String ws, Long afterSeq, Integer limit) {
        return responses.list(feed.read(caller.get(), ws, afterSeq, limit), page -> new EventList()
                .items(page.events().stream().map(EventsResource::of).toList())
                .nextAfterSeq(page.nextAfterSeq()).hasMore(page.hasMore()));
    }

    private static Event of(StoredEvent e) {
        return new Event().id(e.id()).seq(e.seq()).type(e.type()).subjectId(e.subjectId())
                .actor(new Actor().kind(ActorKind.fromValue(e.actor().kind().name())).id(e.actor().id()))
                .occurredAt(Dates.utc(e.occurredAt())).data(e.data()).previous(e.previous());
    }
}
