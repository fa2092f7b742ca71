package io.worklane.domain.budget;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Reads money as clients write it, naming exactly what is wrong (unknown currency, too many decimals,
 * negative), and rounds computed amounts to the currency's decimals, half up (commercial rounding).
 */
public final class Amounts {
    private static final Pattern PLAIN = Pattern.compile("^-?\\d{1,15}(\\.\\d{1,10})?$");

    private Amounts() {
    }

    /** The amount, or null with the problem added to {@code v}; zero is allowed, negative is not. */
    public static Money read(String amount, String currency, String field, Validation v) {
        if (!Money.isCurrency(currency)) {
            v.add(new FieldError(field + ".currency", "UNKNOWN_CURRENCY", "'" + currency
                    + "' is not an ISO 4217 currency code such as EUR or USD"));
            return null;
        }
        return read(amount, currency, field + ".amount", v, true);
    }

    /** An amount in a currency already known to be valid. */
    public static Money read(String amount, String currency, String field, Validation v, boolean checked) {
        if (amount == null || !PLAIN.matcher(amount).matches()) {
            v.add(new FieldError(field, "INVALID_AMOUNT", "must be a plain decimal string such as \"1234.50\""));
            return null;
        }
        BigDecimal value = new BigDecimal(amount);
        int digits = digits(currency);
        if (value.stripTrailingZeros().scale() > digits) {
            v.add(new FieldError(field, "TOO_MANY_DECIMALS", "has more than the " + digits + " decimals of "
                    + currency));
            return null;
        }
        if (value.signum() < 0) {
            v.add(new FieldError(field, "NEGATIVE_AMOUNT", "must not be negative"));
            return null;
        }
        return new Money(value.setScale(digits, RoundingMode.UNNECESSARY), currency);
    }

    public static int digits(String currency) {
        return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
    }

    /** A computed amount, rounded half up to the currency's decimals. */
    public static Money round(BigDecimal value, String currency) {
        return new Money(value.setScale(digits(currency), RoundingMode.HALF_UP), currency);
    }

    public static Money zero(String currency) {
        return round(BigDecimal.ZERO, currency);
    }
}
