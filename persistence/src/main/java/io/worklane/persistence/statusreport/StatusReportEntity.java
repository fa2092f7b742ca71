package io.worklane.persistence.statusreport;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "status_reports")
public class StatusReportEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "as_of")
    public LocalDate asOf;
    public String status;
    @Column(name = "suggested_health")
    public String suggestedHealth;
    /** jsonb: a list of strings. */
    @ColumnTransformer(read = "cast(reasons as text)", write = "cast(cast(? as text) as jsonb)")
    public String reasons;
    public String health;
    public String summary;
    public String highlights;
    @Column(name = "next_steps")
    public String nextSteps;
    /** jsonb: the drafted figures. */
    @ColumnTransformer(read = "cast(figures as text)", write = "cast(cast(? as text) as jsonb)")
    public String figures;
    @Column(name = "budget_visible_to_members")
    public boolean budgetVisibleToMembers;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;
}
