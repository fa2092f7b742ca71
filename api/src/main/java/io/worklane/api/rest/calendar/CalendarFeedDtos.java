package io.worklane.api.rest.calendar;

import io.worklane.api.rest.shared.Dates;
import io.worklane.domain.calendar.CalendarFeed;
import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Page;
import io.worklane.openapi.model.ActorKind;
import io.worklane.openapi.model.CalendarFeedList;
import io.worklane.openapi.model.CalendarFeedScope;
import io.worklane.openapi.model.CalendarFeedWithUrl;

/** Domain → REST models for calendar feeds, field by field. Only {@link #issued} carries the secret URL. */
final class CalendarFeedDtos {
    private CalendarFeedDtos() {
    }

    static io.worklane.openapi.model.CalendarFeed of(CalendarFeed f) {
        return new io.worklane.openapi.model.CalendarFeed().id(f.id()).scope(CalendarFeedScope.fromValue(f.scope().name()))
                .projectId(f.projectId()).projectKey(f.projectKey()).owner(actor(f.owner())).tokenPrefix(f.tokenPrefix())
                .createdAt(Dates.utc(f.createdAt()));
    }

    static CalendarFeedList list(Page<CalendarFeed> page) {
        return new CalendarFeedList().items(page.items().stream().map(CalendarFeedDtos::of).toList())
                .nextCursor(page.nextCursor());
    }

    /** The feed without its URL: what an Idempotency-Key replay may show (the token is never stored). */
    static CalendarFeedWithUrl withoutUrl(CalendarFeed f) {
        return new CalendarFeedWithUrl().id(f.id()).scope(CalendarFeedScope.fromValue(f.scope().name()))
                .projectId(f.projectId()).projectKey(f.projectKey()).owner(actor(f.owner())).tokenPrefix(f.tokenPrefix())
                .createdAt(Dates.utc(f.createdAt()));
    }

    static CalendarFeedWithUrl issued(CalendarFeed.Issued issued, String publicUrl) {
        return withoutUrl(issued.feed()).url(publicUrl + CalendarResource.PATH + issued.token().value() + ".ics");
    }

    private static io.worklane.openapi.model.Actor actor(Actor a) {
        return new io.worklane.openapi.model.Actor().kind(ActorKind.fromValue(a.kind().name())).id(a.id()).name(a.name());
    }
}
