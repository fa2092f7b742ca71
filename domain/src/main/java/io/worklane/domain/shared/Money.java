package io.worklane.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in one currency. Never a float; scale follows the currency. */
public record Money(BigDecimal amount, String currency) {
    public static Money of(String amount, String currency) {
        Currency c = Currency.getInstance(currency);
        BigDecimal value = new BigDecimal(amount);
        int digits = Math.max(c.getDefaultFractionDigits(), 0);
        if (value.scale() > digits) {
            throw new IllegalArgumentException("at most " + digits + " decimals for " + currency);
        }
        return new Money(value.setScale(digits), c.getCurrencyCode());
    }

    public static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
