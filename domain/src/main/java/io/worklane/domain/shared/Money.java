package io.worklane.domain.shared;

import java.math.BigDecimal;
import java.util.Currency;

/** An amount in one currency. Never a float; scale follows the currency. */
public record Money(BigDecimal amount, String currency) {
    private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile("^-?\\d{1,18}(\\.\\d{1,10})?$");

    public static Money of(String amount, String currency) {
        Currency c = Currency.getInstance(currency);
        // plain decimals only: "1e100000000" would be a number with a hundred million digits
        if (amount == null || !PLAIN.matcher(amount).matches()) {
            throw new IllegalArgumentException("amount must be a plain decimal such as \"1234.50\"");
        }
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
