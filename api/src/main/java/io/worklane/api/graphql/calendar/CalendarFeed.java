package io.worklane.api.graphql.calendar;

import io.worklane.api.graphql.workitem.Actor;
import io.worklane.api.graphql.workitem.ActorKind;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a calendar feed: never its token or hash. */
@Description("An iCalendar subscription of its owner (ADR 0075). Its secret URL is shown only when created.")
public class CalendarFeed {
    @Ignore
    private final io.worklane.domain.calendar.CalendarFeed feed;

    public CalendarFeed(io.worklane.domain.calendar.CalendarFeed feed) {
        this.feed = feed;
    }

    @Id
    @NonNull
    @Description("The feed's id (UUID): revokeCalendarFeed takes it.")
    public String getId() {
        return feed.id().toString();
    }

    @NonNull
    @Description("What the feed shows.")
    public CalendarFeedScope getScope() {
        return CalendarFeedScope.valueOf(feed.scope().name());
    }

    @Id
    @Description("The project of a PROJECT feed; null for a MEMBER feed.")
    public String getProjectId() {
        return feed.projectId() == null ? null : feed.projectId().toString();
    }

    @Description("The key of a PROJECT feed's project; null for a MEMBER feed.")
    public String getProjectKey() {
        return feed.projectKey();
    }

    @NonNull
    @Description("Who the feed belongs to: it shows what they may read.")
    public Actor getOwner() {
        var by = feed.owner();
        return new Actor(ActorKind.valueOf(by.kind().name()), by.id(), by.name());
    }

    @NonNull
    @Description("The first characters of the secret token (wlcal_ and 6 more), to recognise the feed.")
    public String getTokenPrefix() {
        return feed.tokenPrefix();
    }

    @NonNull
    public Instant getCreatedAt() {
        return feed.createdAt();
    }
}
