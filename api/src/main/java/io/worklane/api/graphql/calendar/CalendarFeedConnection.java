package io.worklane.api.graphql.calendar;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.calendar.CalendarFeeds;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** The caller's calendar feeds, oldest first. No totalCount: a person has a handful. */
@Description("A page of your calendar feeds, oldest first.")
public record CalendarFeedConnection(@NonNull @Description("The feeds of this page.") List<@NonNull CalendarFeedEdge> edges,
                                     @NonNull @Description("Whether more follow, and the cursor to ask for them.") PageInfo pageInfo) {

    static CalendarFeedConnection of(Page<io.worklane.domain.calendar.CalendarFeed> page) {
        return Paging.connection(page,
                f -> Paging.cursor(CalendarFeeds.SORT, Paging.timestamp(f.createdAt()), f.id()),
                (cursor, f) -> new CalendarFeedEdge(cursor, new CalendarFeed(f)), CalendarFeedConnection::new);
    }
}
