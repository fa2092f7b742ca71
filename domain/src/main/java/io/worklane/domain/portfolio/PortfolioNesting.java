package io.worklane.domain.portfolio;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.util.List;
import java.util.UUID;

/**
 * A portfolio may not be nested under itself or under one of its own descendants: the refusal names the
 * chain. Nesting is at most {@link #MAX_DEPTH} levels deep, so a roll-up's walk stays short.
 */
public final class PortfolioNesting {
    public static final int MAX_DEPTH = 10;

    private PortfolioNesting() {
    }

    /**
     * @param portfolio the portfolio being placed (null for a new one)
     * @param parentAndAncestors the new parent first, then its parent, up to the top
     */
    public static void check(UUID portfolio, String name, List<UUID> parentAndAncestors) {
        if (portfolio != null && parentAndAncestors.contains(portfolio)) {
            throw new DomainException(ErrorCode.PORTFOLIO_CYCLE, "Portfolio " + name + " cannot be nested under "
                    + parentAndAncestors.get(0) + ": that portfolio is " + (parentAndAncestors.get(0).equals(portfolio)
                    ? "itself" : "inside it") + ", so the nesting would be a cycle. Choose a parent outside it, or"
                    + " none (parent null).");
        }
        if (parentAndAncestors.size() >= MAX_DEPTH) {
            throw new DomainException(ErrorCode.PORTFOLIO_CYCLE, "Portfolios nest at most " + MAX_DEPTH
                    + " levels deep; choose a parent nearer the top.");
        }
    }
}
