package io.worklane.domain.portfolio.rollup;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;

/** A project's return on investment: (expected benefits − forecast cost) ÷ forecast cost, both in one currency. */
public final class Roi {
    private Roi() {
    }

    /** Null without benefits, without a forecast cost, or with a cost of zero. */
    public static BigDecimal of(Money benefits, Money forecastCost) {
        return benefits == null || forecastCost == null ? null
                : Ratios.roi(benefits.amount(), forecastCost.amount());
    }
}
