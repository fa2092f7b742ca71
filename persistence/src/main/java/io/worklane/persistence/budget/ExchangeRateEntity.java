package io.worklane.persistence.budget;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "exchange_rates")
public class ExchangeRateEntity extends TenantEntity {
    @Column(name = "from_currency")
    public String fromCurrency;
    @Column(name = "to_currency")
    public String toCurrency;
    public BigDecimal rate;
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;
}
