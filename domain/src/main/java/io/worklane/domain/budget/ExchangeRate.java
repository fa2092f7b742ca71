package io.worklane.domain.budget;

import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Money;
import io.worklane.domain.shared.Validation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One unit of {@code from} is worth {@code rate} units of {@code to}, from {@code effectiveFrom} until
 * the next rate of the same pair takes over. A workspace keeps its own table.
 */
public record ExchangeRate(UUID id, UUID workspaceId, String from, String to, BigDecimal rate,
                           LocalDate effectiveFrom, long version, Instant createdAt, Instant updatedAt) {
    private static final Pattern DECIMAL = Pattern.compile("^\\d{1,12}(\\.\\d{1,10})?$");

    public static ExchangeRate create(UUID workspaceId, String from, String to, String rate, LocalDate effectiveFrom,
                                      Instant now) {
        Validation v = new Validation();
        currency(from, "from", v);
        currency(to, "to", v);
        v.require(from == null || !from.equals(to), "to", "SAME_CURRENCY", "must differ from 'from'");
        boolean plain = rate != null && DECIMAL.matcher(rate).matches();
        v.require(plain, "rate", "INVALID_RATE", "must be a decimal string such as \"1.0842\" (at most 10 decimals)");
        v.require(!plain || new BigDecimal(rate).signum() > 0, "rate", "INVALID_RATE", "must be more than 0");
        v.require(effectiveFrom != null, "effectiveFrom", "REQUIRED", "is required (YYYY-MM-DD)");
        v.orThrow();
        return new ExchangeRate(Ids.newId(), workspaceId, from, to, new BigDecimal(rate).stripTrailingZeros()
                .setScale(Math.max(0, new BigDecimal(rate).stripTrailingZeros().scale())), effectiveFrom, 0, now, now);
    }

    private static void currency(String code, String field, Validation v) {
        if (!Money.isCurrency(code)) {
            v.add(new FieldError(field, code == null ? "REQUIRED" : "UNKNOWN_CURRENCY", "'" + code
                    + "' is not an ISO 4217 currency code such as EUR or USD"));
        }
    }
}
