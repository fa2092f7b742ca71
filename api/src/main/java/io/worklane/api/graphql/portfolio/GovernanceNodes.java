package io.worklane.api.graphql.portfolio;

import io.worklane.api.application.portfolio.ShownPortfolio;
import io.worklane.api.application.team.ShownTeam;
import io.worklane.api.graphql.shared.Node;
import io.worklane.api.graphql.shared.NodeMapper;
import io.worklane.api.graphql.team.TeamView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Portfolios and teams found by node(id:). */
@ApplicationScoped
public class GovernanceNodes implements NodeMapper {
    @Override
    public Optional<Node> map(Object found) {
        if (found instanceof ShownPortfolio portfolio) {
            return Optional.of(new PortfolioView(portfolio));
        }
        if (found instanceof ShownTeam team) {
            return Optional.of(new TeamView(team));
        }
        return Optional.empty();
    }
}
