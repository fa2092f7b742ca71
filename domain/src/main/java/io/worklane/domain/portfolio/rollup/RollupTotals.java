package io.worklane.domain.portfolio.rollup;

import io.worklane.domain.budget.Amounts;
import io.worklane.domain.shared.Money;
import io.worklane.domain.statusreport.Health;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The portfolio's line: sums of the projects' lines, and ratios recomputed from the sums (never averaged):
 * progress = Σdone ÷ Σall, CPI = ΣEV ÷ ΣAC and SPI = ΣEV ÷ ΣPV over the projects where they are defined,
 * EAC = Σ forecast cost (EAC, else BAC), ROI = (Σbenefits − Σcost) ÷ Σcost over the projects with both.
 * Health is the worst of the projects' latest published health. Risks count the projects' open risks and those of
 * the portfolios' own registers (ADR 0086), the highest exposure among all of them.
 */
public record RollupTotals(int projects, Map<String, Integer> healthCounts, Health worstHealth,
                           ProjectRollup.Progress progress, LocalDate latestForecastFinish, int lateMilestones,
                           BigDecimal spi, Cost budget, int budgetsLeftOut, ProjectRollup.RiskFigures risks,
                           BigDecimal allocatedHours, Money expectedBenefits, BigDecimal roi) {
    /** The key of healthCounts for projects without a published report. */
    public static final String NO_REPORT = "NONE";

    public static RollupTotals of(List<ProjectRollup> lines, String currency) {
        return of(lines, currency, new ProjectRollup.RiskFigures(0, 0));
    }

    /** With {@code own}: the open risks of the portfolios themselves, beside their projects'. */
    public static RollupTotals of(List<ProjectRollup> lines, String currency, ProjectRollup.RiskFigures own) {
        Map<Health, Integer> byHealth = new EnumMap<>(Health.class);
        int none = 0;
        for (ProjectRollup l : lines) {
            if (l.status() == null) {
                none++;
            } else {
                byHealth.merge(l.status().health(), 1, Integer::sum);
            }
        }
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Health h : Health.values()) {
            counts.put(h.name(), byHealth.getOrDefault(h, 0));
        }
        counts.put(NO_REPORT, none);
        Health worst = byHealth.keySet().stream().max(Comparator.naturalOrder()).orElse(null);
        ProjectRollup.Progress progress = ProjectRollup.Progress.of(
                lines.stream().mapToLong(l -> l.progress().doneMinutes()).sum(),
                lines.stream().mapToLong(l -> l.progress().allMinutes()).sum());
        LocalDate latest = lines.stream().map(l -> l.schedule().forecastFinish()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<Cost> costs = lines.stream().map(ProjectRollup::budget).filter(Objects::nonNull).toList();
        List<Cost> earned = costs.stream().filter(c -> c.ev() != null).toList();
        BigDecimal ev = sum(earned, Cost::ev);
        BigDecimal cpi = earned.isEmpty() ? null : Ratios.of(ev, sum(earned, Cost::ac));
        List<Cost> planned = earned.stream().filter(c -> c.pv() != null).toList();
        BigDecimal spi = planned.isEmpty() ? null : Ratios.of(sum(planned, Cost::ev), sum(planned, Cost::pv));
        Cost budget = costs.isEmpty() ? null : new Cost(round(sum(costs, Cost::bac), currency),
                round(sum(costs, Cost::ac), currency), earned.isEmpty() ? null : round(ev, currency),
                planned.isEmpty() ? null : round(sum(planned, Cost::pv), currency),
                round(lines.stream().map(ProjectRollup::forecastCost).filter(Objects::nonNull)
                        .map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add), currency), cpi, spi);
        List<ProjectRollup> valued = lines.stream().filter(l -> l.expectedBenefits() != null).toList();
        List<ProjectRollup> weighed = valued.stream().filter(l -> l.forecastCost() != null).toList();
        BigDecimal roi = weighed.isEmpty() ? null : Ratios.roi(
                weighed.stream().map(l -> l.expectedBenefits().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                weighed.stream().map(l -> l.forecastCost().amount()).reduce(BigDecimal.ZERO, BigDecimal::add));
        return new RollupTotals(lines.size(), counts, worst, progress, latest,
                lines.stream().mapToInt(l -> l.schedule().lateMilestones()).sum(), spi, budget,
                (int) lines.stream().filter(l -> l.budget() == null).count(),
                new ProjectRollup.RiskFigures(lines.stream().mapToInt(l -> l.risks().open()).sum() + own.open(),
                        Math.max(own.highestExposure(), lines.stream().mapToInt(l -> l.risks().highestExposure())
                                .max().orElse(0))),
                lines.stream().map(ProjectRollup::allocatedHours).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .setScale(2, RoundingMode.HALF_UP),
                valued.isEmpty() ? null : round(valued.stream().map(l -> l.expectedBenefits().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add), currency), roi);
    }

    private static BigDecimal sum(List<Cost> costs, Function<Cost, Money> field) {
        return costs.stream().map(field).filter(Objects::nonNull).map(Money::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Money round(BigDecimal value, String currency) {
        return Amounts.round(value, currency);
    }
}
