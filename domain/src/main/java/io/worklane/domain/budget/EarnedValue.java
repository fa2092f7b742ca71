package io.worklane.domain.budget;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The earned-value figures of a budget at a status date (docs/earned-value.md). Money is rounded to the
 * currency's decimals, ratios to {@link #RATIO_SCALE} decimals, both half up. A figure whose formula
 * would divide by zero or needs an undefined input is null.
 */
public record EarnedValue(Money bac, Money pv, Money ev, Money ac, Money cv, Money sv, Money eac, Money etc,
                          Money vac, BigDecimal cpi, BigDecimal spi, BigDecimal percentComplete) {
    public static final int RATIO_SCALE = 4;

    /**
     * @param pvExact      planned value, unrounded; null when undefined
     * @param doneEstimate estimate minutes of the project's done work items
     * @param allEstimate  estimate minutes of all its work items (0: percent complete undefined)
     */
    public static EarnedValue of(Money bac, BigDecimal pvExact, Money ac, long doneEstimate, long allEstimate) {
        String cur = bac.currency();
        BigDecimal pc = allEstimate <= 0 ? null
                : BigDecimal.valueOf(doneEstimate).divide(BigDecimal.valueOf(allEstimate), 34, RoundingMode.HALF_UP);
        Money pv = pvExact == null ? null : Amounts.round(pvExact, cur);
        Money ev = pc == null ? null : Amounts.round(bac.amount().multiply(pc), cur);
        Money cv = ev == null ? null : Amounts.round(ev.amount().subtract(ac.amount()), cur);
        Money sv = ev == null || pv == null ? null : Amounts.round(ev.amount().subtract(pv.amount()), cur);
        BigDecimal cpi = ratio(ev, ac);
        BigDecimal spi = ratio(ev, pv);
        // EAC = BAC ÷ CPI = BAC × AC ÷ EV, computed without the rounded CPI so 10,000 at CPI 5/6 is 12,000.00
        Money eac = cpi == null || cpi.signum() == 0 ? null : Amounts.round(bac.amount().multiply(ac.amount())
                .divide(ev.amount(), 34, RoundingMode.HALF_UP), cur);
        Money etc = eac == null ? null : Amounts.round(eac.amount().subtract(ac.amount()), cur);
        Money vac = eac == null ? null : Amounts.round(bac.amount().subtract(eac.amount()), cur);
        return new EarnedValue(bac, pv, ev, ac, cv, sv, eac, etc, vac, cpi, spi,
                pc == null ? null : pc.setScale(RATIO_SCALE, RoundingMode.HALF_UP));
    }

    private static BigDecimal ratio(Money top, Money bottom) {
        if (top == null || bottom == null || bottom.amount().signum() == 0) {
            return null;
        }
        return top.amount().divide(bottom.amount(), RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
