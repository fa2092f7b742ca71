package io.worklane.domain.resource;

import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** A rate in force from a day until the next rate of the same resource starts. */
public record CostRate(LocalDate from, Money rate, RateUnit unit) {
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    /**
     * minutes × rate ÷ 60, rounded half-even to the currency's digits once, at the end (so 50 minutes at
     * 80.00/h are 66.67, not 66.666…). Half-even keeps sums of many entries unbiased.
     */
    public Money costOf(int minutes) {
        int digits = rate.amount().scale();
        BigDecimal amount = rate.amount().multiply(BigDecimal.valueOf(minutes))
                .divide(MINUTES_PER_HOUR, digits, RoundingMode.HALF_EVEN);
        return new Money(amount, rate.currency());
    }
}
