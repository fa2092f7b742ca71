package io.worklane.domain.portfolio.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A portfolio's roll-up at a date: one line per project (its own, then its descendants'), and the total. */
public record PortfolioRollup(UUID portfolioId, String currency, LocalDate asOf, LocalDate allocationFrom,
                              LocalDate allocationTo, List<ProjectRollup> projects, RollupTotals total) {
    /** Allocated hours are counted over this many days from asOf: four weeks. */
    public static final int ALLOCATION_DAYS = 28;

    public static PortfolioRollup of(UUID portfolioId, String currency, LocalDate asOf, List<ProjectRollup> lines) {
        return new PortfolioRollup(portfolioId, currency, asOf, asOf, asOf.plusDays(ALLOCATION_DAYS - 1),
                List.copyOf(lines), RollupTotals.of(lines, currency));
    }
}
