package io.worklane.api.graphql.shared;

import org.eclipse.microprofile.graphql.Description;

/** Relay page information; {@code endCursor} is the cursor of the last edge, to pass as {@code after}. */
@Description("Where a page ends: pass endCursor as `after` to get the next page while hasNextPage is true.")
public record PageInfo(@Description("Whether another page follows; read it with after: endCursor.") boolean hasNextPage,
                       @Description("The cursor of this page's last edge: pass it as after: to read the "
                               + "next page; null when the page is empty.")
                       String endCursor) {
}
