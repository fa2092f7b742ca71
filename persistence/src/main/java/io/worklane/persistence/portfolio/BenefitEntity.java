package io.worklane.persistence.portfolio;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A row of project_benefits; its id is the project's. */
@Entity
@Table(name = "project_benefits")
public class BenefitEntity extends TenantEntity {
    public BigDecimal amount;
    public String currency;
    public String note;
}
