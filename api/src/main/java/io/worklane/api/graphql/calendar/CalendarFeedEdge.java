package io.worklane.api.graphql.calendar;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("One of your calendar feeds in a page.")
public record CalendarFeedEdge(@NonNull @Description("Pass it as `after` for the feeds after this one.") String cursor,
                               @NonNull @Description("The feed.") CalendarFeed node) {
}
