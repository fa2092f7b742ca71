package io.worklane.domain.budget;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Computes a {@link BudgetSummary}: every cost converted at its date's rate, sums rounded once at the end. */
public final class BudgetFigures {
    private BudgetFigures() {
    }

    /** What a summary is computed from; costs dated after {@code asOf} are ignored. */
    public record Inputs(Budget budget, LocalDate projectStart, LocalDate projectTarget, LocalDate asOf,
                         List<ActualCost> costs, ExchangeRateTable rates, long doneEstimate, long allEstimate) {
    }

    /** NO_EXCHANGE_RATE when a cost's currency cannot be converted on its date. */
    public static BudgetSummary of(Inputs in) {
        Budget b = in.budget();
        String cur = b.currency();
        Map<CostCategory, BigDecimal> byCategory = new EnumMap<>(CostCategory.class);
        TreeMap<YearMonth, BigDecimal> actualByMonth = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate first = null;
        for (ActualCost c : in.costs()) {
            if (c.date().isAfter(in.asOf())) {
                continue;
            }
            BigDecimal value = in.rates().exact(c.amount(), cur, c.date());
            byCategory.merge(c.category(), value, BigDecimal::add);
            actualByMonth.merge(YearMonth.from(c.date()), value, BigDecimal::add);
            total = total.add(value);
            first = first == null || c.date().isBefore(first) ? c.date() : first;
        }
        Money ac = Amounts.round(total, cur);
        Money bac = b.atCompletion();
        List<BudgetSummary.Category> categories = new ArrayList<>();
        for (CostCategory category : CostCategory.values()) {
            Money planned = b.lines().stream().filter(l -> l.category() == category).map(BudgetLine::planned)
                    .findFirst().orElse(Amounts.zero(cur));
            BigDecimal actual = byCategory.getOrDefault(category, BigDecimal.ZERO);
            if (planned.amount().signum() != 0 || actual.signum() != 0) {
                categories.add(new BudgetSummary.Category(category, planned, Amounts.round(actual, cur),
                        Amounts.round(planned.amount().subtract(actual), cur)));
            }
        }
        LocalDate start = in.projectStart() != null ? in.projectStart() : first;
        Money burn = burnRate(start, in.asOf(), total, cur);
        Money forecast = forecast(burn, ac, in.projectStart(), in.projectTarget(), in.asOf());
        EarnedValue ev = EarnedValue.of(bac, PlannedValue.of(b, in.projectStart(), in.projectTarget(), in.asOf()), ac,
                in.doneEstimate(), in.allEstimate());
        return new BudgetSummary(in.asOf(), cur, bac, ac, Amounts.round(bac.amount().subtract(total), cur), categories,
                months(b, actualByMonth, cur), burn, forecast, ev);
    }

    private static Money burnRate(LocalDate start, LocalDate asOf, BigDecimal total, String cur) {
        if (start == null || start.isAfter(asOf)) {
            return null;
        }
        long days = ChronoUnit.DAYS.between(start, asOf) + 1;
        return Amounts.round(total.divide(BigDecimal.valueOf(days), 34, RoundingMode.HALF_UP), cur);
    }

    private static Money forecast(Money burn, Money ac, LocalDate start, LocalDate target, LocalDate asOf) {
        if (burn == null || start == null || target == null) {
            return null;
        }
        long left = Math.max(0, ChronoUnit.DAYS.between(asOf, target));
        return Amounts.round(ac.amount().add(burn.amount().multiply(BigDecimal.valueOf(left))), ac.currency());
    }

    private static List<BudgetSummary.Month> months(Budget b, TreeMap<YearMonth, BigDecimal> actual, String cur) {
        TreeMap<YearMonth, BigDecimal> planned = new TreeMap<>();
        b.lines().forEach(l -> l.phases().forEach((m, v) -> planned.merge(m, v, BigDecimal::add)));
        TreeSet<YearMonth> all = new TreeSet<>(planned.keySet());
        all.addAll(actual.keySet());
        return all.stream().map(m -> new BudgetSummary.Month(m, Amounts.round(planned.getOrDefault(m, BigDecimal.ZERO),
                cur), Amounts.round(actual.getOrDefault(m, BigDecimal.ZERO), cur))).toList();
    }
}
