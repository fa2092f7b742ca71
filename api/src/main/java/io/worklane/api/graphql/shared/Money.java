package io.worklane.api.graphql.shared;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Money as in REST: a decimal string and an ISO 4217 code, never a float. */
@Description("An amount of money: a decimal string with the currency's digits and an ISO 4217 code.")
public record Money(@Description("A decimal string with the currency's scale, e.g. \"1234.50\"; never a "
                            + "float.")
                    @NonNull String amount,
                    @Description("ISO 4217 code, e.g. EUR.") @NonNull String currency) {
    public static Money of(io.worklane.domain.shared.Money m) {
        return m == null ? null : new Money(m.amount().toPlainString(), m.currency());
    }
}
