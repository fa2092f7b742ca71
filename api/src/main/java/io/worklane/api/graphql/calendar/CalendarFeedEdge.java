package io.worklane.api.graphql.calendar;

import org.eclipse.microprofile.graphql.NonNull;

public record CalendarFeedEdge(@NonNull String cursor, @NonNull CalendarFeed node) {
}
