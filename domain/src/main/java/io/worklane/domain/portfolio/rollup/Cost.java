package io.worklane.domain.portfolio.rollup;

import io.worklane.domain.budget.EarnedValue;
import io.worklane.domain.budget.ExchangeRateTable;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project's earned-value money converted into the portfolio's currency at the roll-up's date
 * (ExchangeRateTable: the rate in force that day, or the inverse of the opposite pair; NO_EXCHANGE_RATE
 * otherwise). CPI and SPI are ratios: they are the project's own, not recomputed from rounded amounts.
 */
public record Cost(Money bac, Money ac, Money ev, Money pv, Money eac, BigDecimal cpi, BigDecimal spi) {

    public static Cost of(EarnedValue e, ExchangeRateTable rates, String currency, LocalDate on) {
        return new Cost(convert(e.bac(), rates, currency, on), convert(e.ac(), rates, currency, on),
                convert(e.ev(), rates, currency, on), convert(e.pv(), rates, currency, on),
                convert(e.eac(), rates, currency, on), e.cpi(), e.spi());
    }

    private static Money convert(Money m, ExchangeRateTable rates, String currency, LocalDate on) {
        return m == null ? null : rates.convert(m, currency, on);
    }
}
