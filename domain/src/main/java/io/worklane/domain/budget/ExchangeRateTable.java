package io.worklane.domain.budget;

import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Converts money with a workspace's rates: the rate of the pair with the latest effective date on or
 * before the day; when only the opposite pair is known, its inverse. Nothing else (no chains through a
 * third currency): a conversion nobody wrote down is refused, NO_EXCHANGE_RATE.
 */
public record ExchangeRateTable(List<ExchangeRate> rates) {
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public ExchangeRateTable {
        rates = List.copyOf(rates);
    }

    /** The amount in {@code to}, rounded to its decimals; NO_EXCHANGE_RATE when no rate is in force that day. */
    public Money convert(Money money, String to, LocalDate on) {
        return rate(money.currency(), to, on).map(r -> Amounts.round(money.amount().multiply(r), to))
                .orElseThrow(() -> missing(money.currency(), to, on));
    }

    /** The unrounded value in {@code to}; for sums that are rounded once at the end. */
    public BigDecimal exact(Money money, String to, LocalDate on) {
        return rate(money.currency(), to, on).map(r -> money.amount().multiply(r))
                .orElseThrow(() -> missing(money.currency(), to, on));
    }

    public boolean converts(String from, String to, LocalDate on) {
        return rate(from, to, on).isPresent();
    }

    public Optional<BigDecimal> rate(String from, String to, LocalDate on) {
        if (from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        Optional<BigDecimal> direct = latest(from, to, on).map(ExchangeRate::rate);
        return direct.isPresent() ? direct
                : latest(to, from, on).map(r -> BigDecimal.ONE.divide(r.rate(), PRECISION));
    }

    private Optional<ExchangeRate> latest(String from, String to, LocalDate on) {
        return rates.stream().filter(r -> r.from().equals(from) && r.to().equals(to) && !r.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(ExchangeRate::effectiveFrom));
    }

    public static DomainException missing(String from, String to, LocalDate on) {
        return new DomainException(ErrorCode.NO_EXCHANGE_RATE, "There is no exchange rate from " + from + " to " + to
                + " in force on " + on + ". Add one (POST …/exchange-rates with effectiveFrom on or before " + on
                + ") or record the cost in " + to + ".");
    }
}
