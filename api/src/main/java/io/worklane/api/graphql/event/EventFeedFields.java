package io.worklane.api.graphql.event;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.event.EventFeedService;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.workitem.Actor;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.event.StoredEvent;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

/** The change feed in GraphQL: {@code workspace { events(afterSeq:, first:) }}, as REST's GET …/events. */
@GraphQLApi
@Authenticated
public class EventFeedFields {
    private final EventFeedService feed;
    private final CurrentCaller caller;

    public EventFeedFields(EventFeedService feed, CurrentCaller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    @Type("Event")
    @Description("A change, in the past tense, with its gap-free per-workspace seq.")
    public record Event(@Id @NonNull String id, long seq, @NonNull String type, @Id String subjectId,
                        @NonNull Actor actor, @NonNull Instant occurredAt, @NonNull JsonObject data,
                        JsonObject previous) {
        public static Event of(StoredEvent e) {
            return new Event(e.id().toString(), e.seq(), e.type(), e.subjectId() == null ? null : e.subjectId().toString(),
                    Actor.of(e.actor()), e.occurredAt(), JsonValues.toJson(e.data()),
                    e.previous() == null ? null : JsonValues.toJson(e.previous()));
        }
    }

    @Type("EventPage")
    @Description("Events after afterSeq in seq order; continue with afterSeq: nextAfterSeq.")
    public record EventPage(@NonNull List<@NonNull Event> events, long nextAfterSeq, boolean hasMore) {
    }

    @NonNull
    @Description("The change feed: events with seq above afterSeq, in seq order (first at most 1000). Events the"
            + " retention removed are the error EVENTS_EXPIRED. Needs webhooks:read.")
    public Uni<EventPage> events(@Source Workspace workspace, @Name("afterSeq") @DefaultValue("0") Long afterSeq,
                                 @Name("first") @DefaultValue("100") Integer first) {
        return Uni.createFrom().deferred(() -> feed.read(caller.get(), workspace.domain().id(), afterSeq, first))
                .map(p -> new EventPage(p.events().stream().map(Event::of).toList(), p.nextAfterSeq(), p.hasMore()));
    }
}
