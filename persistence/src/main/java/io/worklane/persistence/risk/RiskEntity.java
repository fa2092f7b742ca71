package io.worklane.persistence.risk;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of risks; exposure is a generated column, read by the plain-SQL side only. */
@Entity
@Table(name = "risks")
public class RiskEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "portfolio_id")
    public UUID portfolioId;
    public String title;
    public String description;
    public String category;
    public int probability;
    public int impact;
    @Column(name = "owner_id")
    public UUID ownerId;
    @Column(name = "proximity_date")
    public LocalDate proximityDate;
    public String response;
    @Column(name = "mitigation_plan")
    public String mitigationPlan;
    public String status;
    /** jsonb: the mitigating work items' ids. */
    @Column(name = "mitigation_item_ids")
    @ColumnTransformer(read = "cast(mitigation_item_ids as text)", write = "cast(cast(? as text) as jsonb)")
    public String mitigationItemIds;
    @Column(name = "closed_at")
    public Instant closedAt;
}
