package io.worklane.persistence.planning;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "project_baselines")
public class BaselineEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    @Column(name = "finish_date")
    public LocalDate finishDate;
    @Column(name = "bac_amount")
    public BigDecimal bacAmount;
    @Column(name = "bac_currency")
    public String bacCurrency;
    @Column(name = "budget_visible_to_members")
    public boolean budgetVisibleToMembers;
    /** jsonb: the items as a list of objects (BaselineJson). */
    @ColumnTransformer(read = "cast(items as text)", write = "cast(cast(? as text) as jsonb)")
    public String items;
    @Column(name = "created_by")
    public String createdBy;
}
