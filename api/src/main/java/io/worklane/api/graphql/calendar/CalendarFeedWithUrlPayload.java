package io.worklane.api.graphql.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The answer of createCalendarFeed: the feed and, this once, its secret URL. */
@Description("A calendar feed just created, with its secret URL.")
public record CalendarFeedWithUrlPayload(
        @NonNull @Description("The feed created.") CalendarFeed calendarFeed,
        @Description("The secret iCalendar URL to subscribe to, shown only in this answer. Null when the answer is a "
                + "replay for an idempotencyKey (the token is never stored).") String url) {
}
