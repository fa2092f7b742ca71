package io.worklane.persistence.budget;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A budget row; crossed_thresholds is not mapped: only {@link BudgetLedgerRepository} writes it. */
@Entity
@Table(name = "budgets")
public class BudgetEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String currency;
    /** jsonb: [{"category":"LABOUR","planned":"8000.00","phases":{"2026-12":"1000.00"}}]. */
    @ColumnTransformer(read = "cast(lines as text)", write = "cast(cast(? as text) as jsonb)")
    public String lines;
    /** jsonb: ["0.8","1.0"]. */
    @ColumnTransformer(read = "cast(thresholds as text)", write = "cast(cast(? as text) as jsonb)")
    public String thresholds;
    @Column(name = "visible_to_members")
    public boolean visibleToMembers;
}
