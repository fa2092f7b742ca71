package io.worklane.domain.budget;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * PV: what the plan says should have been spent by the end of the status date (docs/earned-value.md).
 * A phased line counts its past months in full and the status date's month pro rata by day; an
 * unphased line is spread evenly over the project's start–target dates (inclusive). Unrounded.
 */
public final class PlannedValue {
    private PlannedValue() {
    }

    /** Null when undefined: an unphased line with a planned amount and a project without both dates. */
    public static BigDecimal of(Budget budget, LocalDate start, LocalDate target, LocalDate asOf) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BudgetLine line : budget.lines()) {
            BigDecimal value = line.phased() ? phased(line.phases(), asOf) : linear(line, start, target, asOf);
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }

    static BigDecimal phased(Map<YearMonth, BigDecimal> phases, LocalDate asOf) {
        YearMonth current = YearMonth.from(asOf);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<YearMonth, BigDecimal> phase : phases.entrySet()) {
            if (phase.getKey().isBefore(current)) {
                sum = sum.add(phase.getValue());
            } else if (phase.getKey().equals(current)) {
                sum = sum.add(fraction(phase.getValue(), asOf.getDayOfMonth(), current.lengthOfMonth()));
            }
        }
        return sum;
    }

    private static BigDecimal linear(BudgetLine line, LocalDate start, LocalDate target, LocalDate asOf) {
        BigDecimal planned = line.planned().amount();
        if (planned.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (start == null || target == null) {
            return null;
        }
        long total = ChronoUnit.DAYS.between(start, target) + 1;
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf) + 1));
        return fraction(planned, elapsed, total);
    }

    private static BigDecimal fraction(BigDecimal amount, long part, long whole) {
        return amount.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL128);
    }
}
