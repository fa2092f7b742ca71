package io.worklane.persistence.template;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "project_templates")
public class ProjectTemplateEntity extends TenantEntity {
    public String name;
    public String description;
    @Column(name = "source_project_id")
    public UUID sourceProjectId;
    @Column(name = "item_count")
    public int itemCount;
    @Column(name = "phase_count")
    public int phaseCount;
    @Column(name = "milestone_count")
    public int milestoneCount;
    @Column(name = "dependency_count")
    public int dependencyCount;
    @Column(name = "duration_days")
    public Integer durationDays;
    @Column(name = "has_budget")
    public boolean hasBudget;
    /** jsonb: the content document (TemplateJson). */
    @ColumnTransformer(read = "cast(content as text)", write = "cast(cast(? as text) as jsonb)")
    public String content;
    @Column(name = "created_by")
    public String createdBy;
}
