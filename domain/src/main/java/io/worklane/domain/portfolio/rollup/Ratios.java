package io.worklane.domain.portfolio.rollup;

import io.worklane.domain.budget.EarnedValue;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** top ÷ bottom to EarnedValue's 4 decimals, half up; null when either is missing or the bottom is zero. */
final class Ratios {
    private Ratios() {
    }

    static BigDecimal of(BigDecimal top, BigDecimal bottom) {
        if (top == null || bottom == null || bottom.signum() == 0) {
            return null;
        }
        return top.divide(bottom, EarnedValue.RATIO_SCALE, RoundingMode.HALF_UP);
    }

    /** Return on investment: (benefits − cost) ÷ cost. */
    static BigDecimal roi(BigDecimal benefits, BigDecimal cost) {
        return benefits == null || cost == null ? null : of(benefits.subtract(cost), cost);
    }
}
