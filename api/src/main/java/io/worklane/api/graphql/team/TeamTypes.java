package io.worklane.api.graphql.team;

import io.worklane.api.application.team.ShownTeam;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of teams (the same as REST's). */
final class TeamTypes {
    static final String SORT = "createdAt";

    private TeamTypes() {
    }

    @Type("TeamPayload")
    @Description("What the team mutations answer.")
    public record Payload(@NonNull @Description("The team.") TeamView team) {
    }

    @Type("TeamEdge")
    @Description("A team and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The team.") TeamView node) {
    }

    @Type("TeamConnection")
    @Description("Teams, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<ShownTeam> page) {
            return Paging.connection(page, t -> Paging.cursor(SORT, Paging.timestamp(t.team().createdAt()),
                    t.team().id()), (cursor, t) -> new Edge(cursor, new TeamView(t)), Connection::new);
        }
    }
}
