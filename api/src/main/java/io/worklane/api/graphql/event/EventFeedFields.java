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
    public record Event(@Description("The event's id (a UUID), stable: a consumer can drop an event it "
                                + "has already handled.")
                        @Id @NonNull String id,
                        @Description("The event's place in the workspace's feed: gap-free, 1, 2, 3, …; "
                                + "pass the last one handled as afterSeq.")
                        long seq,
                        @Description("What happened, e.g. work_item.transitioned (docs/events.md lists "
                                + "every type).")
                        @NonNull String type,
                        @Description("The id of the object the event is about; null when there is none.")
                        @Id String subjectId,
                        @Description("Who caused the event.") @NonNull Actor actor,
                        @NonNull Instant occurredAt,
                        @Description("The object after the change (for a deletion, as it was), as JSON.")
                        @NonNull JsonObject data,
                        @Description("For updates, the values of the changed fields before the change; "
                                + "null otherwise.")
                        JsonObject previous) {
        public static Event of(StoredEvent e) {
            return new Event(e.id().toString(), e.seq(), e.type(), e.subjectId() == null ? null : e.subjectId().toString(),
                    Actor.of(e.actor()), e.occurredAt(), JsonValues.toJson(e.data()),
                    e.previous() == null ? null : JsonValues.toJson(e.previous()));
        }
    }

    @Type("EventPage")
    @Description("Events after afterSeq in seq order; continue with afterSeq: nextAfterSeq.")
    public record EventPage(@Description("The events of this page, in seq order.") @NonNull List<@NonNull Event> events,
                            @Description("Pass as afterSeq to continue after this page.") long nextAfterSeq,
                            @Description("Whether more events follow already.") boolean hasMore) {
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
