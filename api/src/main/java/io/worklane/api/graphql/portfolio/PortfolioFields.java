package io.worklane.api.graphql.portfolio;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.portfolio.PortfolioQueries;
import io.worklane.api.application.portfolio.PortfolioRollups;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.portfolio.Portfolio;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Workspace.portfolios and .portfolio, Portfolio.rollup, Project.portfolios (one statement per level). */
@GraphQLApi
@Authenticated
public class PortfolioFields {
    private final PortfolioQueries queries;
    private final PortfolioRollups rollups;
    private final CurrentCaller caller;

    public PortfolioFields(PortfolioQueries queries, PortfolioRollups rollups, CurrentCaller caller) {
        this.queries = queries;
        this.rollups = rollups;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's portfolios, oldest first; only the children of parent when given. Needs "
            + "projects:read.")
    public Uni<PortfolioTypes.Connection> portfolios(@Source Workspace workspace, @Name("parent") @Id String parent,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after) {
        return Uni.createFrom().deferred(() -> queries.showList(caller.get(), workspace.getId(), parent,
                Paging.request(first, after, PortfolioTypes.SORT))).map(PortfolioTypes.Connection::of);
    }

    @Description("A portfolio of the workspace (PORTFOLIO_NOT_FOUND when there is none). Needs projects:read.")
    public Uni<PortfolioView> portfolio(@Source Workspace workspace, @Name("id") @Id @NonNull String id) {
        return Uni.createFrom().deferred(() -> queries.show(caller.get(), workspace.getId(), id))
                .map(PortfolioView::new);
    }

    @NonNull
    @Description("Its projects and its nested portfolios' rolled up at asOf (default today): the same statements "
            + "whatever the number of projects. Budget figures need budgets:read and the right to see the costs.")
    public Uni<RollupTypes.Rollup> rollup(@Source PortfolioView portfolio, @Name("asOf") LocalDate asOf) {
        return Uni.createFrom().deferred(() -> rollups.of(caller.get(), portfolio.domain().portfolio(), asOf))
                .map(RollupTypes.Rollup::of);
    }

    @NonNull
    @Description("The portfolios the project is in. Needs projects:read.")
    public Uni<List<@NonNull List<@NonNull PortfolioView>>> portfolios(@Source List<Project> sources) {
        var who = caller.get();
        return Uni.createFrom().deferred(() -> Batches.<Project, UUID, List<Portfolio>>load(sources,
                p -> p.domain().workspaceId(), p -> List.of(p.domain().id()), (ws, ids) -> queries.ofProjects(who,
                        ws, ids))).chain(found -> {
            List<Portfolio> all = found.values().stream().flatMap(List::stream).distinct().toList();
            return (all.isEmpty() ? Uni.createFrom().item(List.<io.worklane.api.application.portfolio.ShownPortfolio>of())
                    : queries.shown(who, all)).map(shown -> {
                        java.util.Map<UUID, PortfolioView> views = new java.util.HashMap<>();
                        shown.forEach(s -> views.put(s.portfolio().id(), new PortfolioView(s)));
                        return sources.stream().map(p -> found.getOrDefault(p.domain().id(), List.of()).stream()
                                .map(x -> views.get(x.id())).toList()).toList();
                    });
        });
    }
}
