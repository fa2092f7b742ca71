package io.worklane.api.graphql.portfolio;

import io.worklane.api.application.portfolio.ShownPortfolio;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The GraphQL shapes of portfolios (the same as REST's). */
final class PortfolioTypes {
    static final String SORT = "createdAt";

    private PortfolioTypes() {
    }

    @Type("PortfolioProject")
    @Description("A project of a portfolio at its rank.")
    public record RankedProject(@Description("1 = highest priority.") int rank,
                                @NonNull @Description("The project.") Project project) {
    }

    @Type("PortfolioPayload")
    @Description("What the portfolio mutations answer.")
    public record Payload(@NonNull @Description("The portfolio.") PortfolioView portfolio) {
    }

    @Type("ExpectedBenefits")
    @Description("The value a project is expected to bring, weighed against its forecast cost in roll-ups.")
    public record Benefits(@NonNull @Description("The project's id.") String projectId,
                           @NonNull @Description("What it is expected to bring.") io.worklane.api.graphql.shared.Money
                                   amount,
                           @Description("Why, where from.") String note,
                           @Description("Its version, for expectedVersion.") int version) {
    }

    @Type("ExpectedBenefitsPayload")
    @Description("What setExpectedBenefits answers.")
    public record BenefitsPayload(@NonNull @Description("The expected benefits.") Benefits expectedBenefits) {
    }

    @Type("PortfolioEdge")
    @Description("A portfolio and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to continue after it.") String cursor,
                       @NonNull @Description("The portfolio.") PortfolioView node) {
    }

    @Type("PortfolioConnection")
    @Description("Portfolios, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more.") PageInfo pageInfo) {
        static Connection of(Page<ShownPortfolio> page) {
            return Paging.connection(page, p -> Paging.cursor(SORT, Paging.timestamp(p.portfolio().createdAt()),
                    p.portfolio().id()), (cursor, p) -> new Edge(cursor, new PortfolioView(p)), Connection::new);
        }
    }
}
