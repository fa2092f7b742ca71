package io.worklane.domain.portfolio.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A portfolio's roll-up at a date: one line per project (its own, then its descendants'), the open risks of the
 * portfolios' own registers (ADR 0086), and the total, whose risks count both.
 */
public record PortfolioRollup(UUID portfolioId, String currency, LocalDate asOf, LocalDate allocationFrom,
                              LocalDate allocationTo, List<ProjectRollup> projects,
                              ProjectRollup.RiskFigures portfolioRisks, RollupTotals total) {
    /** Allocated hours are counted over this many days from asOf: four weeks. */
    public static final int ALLOCATION_DAYS = 28;
    private static final ProjectRollup.RiskFigures NONE = new ProjectRollup.RiskFigures(0, 0);

    public static PortfolioRollup of(UUID portfolioId, String currency, LocalDate asOf, List<ProjectRollup> lines) {
        return of(portfolioId, currency, asOf, lines, NONE);
    }

    /** With the open risks of the portfolio's register and of those nested under it ({@code own}). */
    public static PortfolioRollup of(UUID portfolioId, String currency, LocalDate asOf, List<ProjectRollup> lines,
                                     ProjectRollup.RiskFigures own) {
        return new PortfolioRollup(portfolioId, currency, asOf, asOf, asOf.plusDays(ALLOCATION_DAYS - 1),
                List.copyOf(lines), own, RollupTotals.of(lines, currency, own));
    }
}
