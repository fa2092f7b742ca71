package io.worklane.domain.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PortfolioTest {
    private static final Instant NOW = Instant.parse("2027-01-04T09:00:00Z");
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();

    @Test
    void projectsAreRankedFromOneAndMoveUpWhenOneLeaves() {
        Portfolio p = aPortfolio().rank(a, null, NOW).rank(b, null, NOW).rank(c, 1, NOW);
        assertThat(p.projectIds()).containsExactly(c, a, b);

        Portfolio moved = p.rank(b, 2, NOW);
        assertThat(moved.projectIds()).containsExactly(c, b, a);
        assertThat(moved.rankOf(a)).isEqualTo(3);

        Portfolio removed = moved.remove(c, NOW);
        assertThat(removed.projectIds()).containsExactly(b, a);
        assertThat(removed.rankOf(c)).isZero();
        // past the end is last
        assertThat(removed.rank(b, 99, NOW).projectIds()).containsExactly(a, b);
    }

    @Test
    void aRankBelowOneOrAnUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> aPortfolio().rank(a, 0, NOW)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThatThrownBy(() -> Portfolio.create(UUID.randomUUID(), new NewPortfolio("X", null, null, "EUX", null),
                NOW)).hasMessageContaining("currency");
    }

    @Test
    void nestingUnderItselfOrADescendantIsACycle() {
        UUID self = UUID.randomUUID();
        UUID child = UUID.randomUUID();
        assertThatThrownBy(() -> PortfolioNesting.check(self, "Growth", List.of(child, self)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo(ErrorCode.PORTFOLIO_CYCLE);
        assertThatThrownBy(() -> PortfolioNesting.check(self, "Growth", List.of(self)))
                .hasMessageContaining("itself");
        PortfolioNesting.check(self, "Growth", List.of(child, UUID.randomUUID()));
    }

    private static Portfolio aPortfolio() {
        return Portfolio.create(UUID.randomUUID(), new NewPortfolio(" Growth ", null, null, "EUR", null), NOW);
    }
}
