package io.worklane.api.graphql.team;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.team.TeamQueries;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.teams and Workspace.team (their members in the same statement as the page's members). */
@GraphQLApi
@Authenticated
public class TeamFields {
    private final TeamQueries queries;
    private final CurrentCaller caller;

    public TeamFields(TeamQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's teams, oldest first; only the teams member is in when given. Needs members:read.")
    public Uni<TeamTypes.Connection> teams(@Source Workspace workspace, @Name("member") @Id String member,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> queries.showList(caller.get(), workspace.getId(), member,
                Paging.request(first, after, TeamTypes.SORT))).map(TeamTypes.Connection::of);
    }

    @Description("A team of the workspace (TEAM_NOT_FOUND when there is none). Needs members:read.")
    public Uni<TeamView> team(@Source Workspace workspace, @Name("id") @Id @NonNull String id) {
        return Uni.createFrom().deferred(() -> queries.show(caller.get(), workspace.getId(), id)).map(TeamView::new);
    }
}
