package io.worklane.api.graphql.goal;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.goal.CheckIn;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A key result's check-ins in pages, oldest first (the REST history's order and cursors). */
final class CheckInConnections {
    private CheckInConnections() {
    }

    @Type("CheckInEdge")
    @Description("A check-in and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                       @NonNull @Description("The check-in.") GoalTypes.CheckInView node) {
    }

    @Type("CheckInConnection")
    @Description("A page of a key result's check-ins, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more, and the cursor to ask for them with after:.")
                             PageInfo pageInfo) {
        static Connection of(Page<CheckIn> page) {
            return Paging.connectionByCreation(page, CheckIn::createdAt, CheckIn::id,
                    (cursor, c) -> new Edge(cursor, GoalTypes.CheckInView.of(c)), Connection::new);
        }
    }
}
