package io.worklane.api.graphql.shared;

import org.eclipse.microprofile.graphql.Description;

/** Relay page information; {@code endCursor} is the cursor of the last edge, to pass as {@code after}. */
@Description("Where a page ends: pass endCursor as `after` to get the next page while hasNextPage is true.")
public record PageInfo(boolean hasNextPage, String endCursor) {
}
