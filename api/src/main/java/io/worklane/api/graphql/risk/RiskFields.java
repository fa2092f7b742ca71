package io.worklane.api.graphql.risk;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.risk.RiskQueries;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.risk.RiskMatrix;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Project.risks, Project.riskMatrix and Risk.history: one statement for a whole level, per workspace. */
@GraphQLApi
@Authenticated
public class RiskFields {
    private final RiskQueries queries;
    private final CurrentCaller caller;

    public RiskFields(RiskQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Description("The project's risk register, oldest first. Needs projects:read. All occurrences of this field in "
            + "one query must have the same arguments.")
    public Uni<List<RiskTypes.@NonNull Connection>> risks(@Source List<Project> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, RiskTypes.SORT);
            return Batches.pages(sources, p -> p.domain().workspaceId(), p -> p.domain().id(),
                    (ws, ids) -> queries.pages(who, ws, ids, page), RiskTypes.Connection::of);
        });
    }

    @NonNull
    @Description("The project's open risks counted by probability and impact (5×5). Needs projects:read.")
    public Uni<List<RiskTypes.@NonNull Matrix>> riskMatrix(@Source List<Project> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.bySource(sources, p -> p.domain().workspaceId(), p -> p.domain().id(),
                    (ws, ids) -> queries.matrices(who, ws, ids), RiskMatrix.of(List.of()), RiskTypes.Matrix::of);
        });
    }

    @NonNull
    @Description("The risk's history, oldest first. Needs projects:read. All occurrences of this field in one query "
            + "must have the same arguments.")
    public Uni<List<RiskTypes.@NonNull HistoryConnection>> history(@Source List<RiskView> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, RiskTypes.HISTORY_SORT);
            return Batches.pages(sources, r -> r.domain().workspaceId(), r -> r.domain().id(),
                    (ws, ids) -> queries.historyPages(who, ws, ids, page), RiskTypes.HistoryConnection::of);
        });
    }
}
