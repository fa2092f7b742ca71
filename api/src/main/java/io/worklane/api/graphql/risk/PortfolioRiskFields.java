package io.worklane.api.graphql.risk;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.risk.RiskQueries;
import io.worklane.api.graphql.portfolio.PortfolioView;
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

/** Portfolio.risks and Portfolio.riskMatrix (ADR 0086): one statement for a whole level, per workspace. */
@GraphQLApi
@Authenticated
public class PortfolioRiskFields {
    private final RiskQueries queries;
    private final CurrentCaller caller;

    public PortfolioRiskFields(RiskQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @NonNull
    @Description("The portfolio's own risk register (threats to the program, not its projects' risks), oldest first. "
            + "Needs projects:read. All occurrences of this field in one query must have the same arguments.")
    public Uni<List<RiskTypes.@NonNull Connection>> risks(@Source List<PortfolioView> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            var page = Paging.request(first, after, RiskTypes.SORT);
            return Batches.pages(sources, p -> p.domain().portfolio().workspaceId(), p -> p.domain().portfolio().id(),
                    (ws, ids) -> queries.portfolioPages(who, ws, ids, page), RiskTypes.Connection::of);
        });
    }

    @NonNull
    @Description("The portfolio's own open risks counted by probability and impact (5×5). Needs projects:read.")
    public Uni<List<RiskTypes.@NonNull Matrix>> riskMatrix(@Source List<PortfolioView> sources) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return Batches.bySource(sources, p -> p.domain().portfolio().workspaceId(),
                    p -> p.domain().portfolio().id(), (ws, ids) -> queries.portfolioMatrices(who, ws, ids),
                    RiskMatrix.of(List.of()), RiskTypes.Matrix::of);
        });
    }
}
