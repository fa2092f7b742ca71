package io.worklane.domain.portfolio.rollup;

import io.worklane.domain.shared.Money;
import io.worklane.domain.statusreport.Health;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One project's line of a portfolio roll-up, money in the portfolio's currency (docs/portfolios.md).
 * {@code budget} is null without a budget, when the caller may not see its costs, or when a cost cannot be
 * converted ({@code budgetProblem} then says why).
 */
public record ProjectRollup(UUID projectId, String key, String name, UUID portfolioId, int rank, Status status,
                            Progress progress, Schedule schedule, Cost budget, String budgetProblem, RiskFigures risks,
                            BigDecimal allocatedHours, Money expectedBenefits, BigDecimal roi) {

    /** The latest published status report's health and date; null when none was published. */
    public record Status(UUID reportId, LocalDate asOf, Health health, Health suggestedHealth) {
    }

    /** Estimates done (by asOf) and in all; percentComplete = done ÷ all, null when nothing is estimated. */
    public record Progress(long doneMinutes, long allMinutes, BigDecimal percentComplete) {
        public static Progress of(long done, long all) {
            return new Progress(done, all, Ratios.of(BigDecimal.valueOf(done), BigDecimal.valueOf(all)));
        }
    }

    /** Forecast finish against target and latest baseline (working days), late milestones and SPI. */
    public record Schedule(LocalDate forecastFinish, LocalDate targetDate, Integer finishVarianceDays,
                           LocalDate baselineFinish, Integer baselineVarianceDays, int lateMilestones,
                           BigDecimal spi) {
    }

    /** Open risks and the highest exposure among them (0 when none is open). */
    public record RiskFigures(int open, int highestExposure) {
    }

    /** This line with its return on investment: expected benefits against the forecast cost. */
    public ProjectRollup withRoi() {
        return new ProjectRollup(projectId, key, name, portfolioId, rank, status, progress, schedule, budget,
                budgetProblem, risks, allocatedHours, expectedBenefits, Roi.of(expectedBenefits, forecastCost()));
    }

    /** The cost this project is forecast to have: EAC, else BAC while EAC is not known yet; null without a budget. */
    public Money forecastCost() {
        return budget == null ? null : budget.eac() != null ? budget.eac() : budget.bac();
    }
}
