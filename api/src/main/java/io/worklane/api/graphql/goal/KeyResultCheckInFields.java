package io.worklane.api.graphql.goal;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.goal.KeyResultQueries;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.security.CurrentCaller;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** KeyResult.checkIns: the history of every key result of a level in one statement. */
@GraphQLApi
@Authenticated
public class KeyResultCheckInFields {
    private final KeyResultQueries queries;
    private final CurrentCaller caller;

    public KeyResultCheckInFields(KeyResultQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Description("The key result's check-ins, oldest first, in pages: its history, each with the value before. Needs "
            + "projects:read. All occurrences of this field in one query must have the same arguments.")
    public Uni<List<CheckInConnections.@NonNull Connection>> checkIns(@Source List<KeyResultView> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, Paging.CREATED_AT);
            return Batches.pages(sources, k -> k.domain().workspaceId(), k -> k.domain().id(),
                    (ws, ids) -> queries.checkInPages(who, ws, ids, page), CheckInConnections.Connection::of);
        });
    }
}
