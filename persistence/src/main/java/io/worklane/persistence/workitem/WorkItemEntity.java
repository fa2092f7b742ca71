package io.worklane.persistence.workitem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.worklane.persistence.shared.TenantEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "work_items")
public class WorkItemEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public long number;
    public String type;
    public String title;
    public String description;
    public String status;
    public String priority;
    // jsonb columns travel as JSON text: Hibernate Reactive's JSON type handles objects only, not arrays,
    // and text keeps decimals exact
    @Column(name = "assignee_ids")
    @ColumnTransformer(read = "cast(assignee_ids as text)", write = "cast(cast(? as text) as jsonb)")
    public String assigneeIds;
    @Column(name = "reporter_id")
    public UUID reporterId;
    @Column(name = "parent_id")
    public UUID parentId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "estimate_minutes")
    public Long estimateMinutes;
    @ColumnTransformer(read = "cast(labels as text)", write = "cast(cast(? as text) as jsonb)")
    public String labels;
    @Column(name = "custom_fields")
    @ColumnTransformer(read = "cast(custom_fields as text)", write = "cast(cast(? as text) as jsonb)")
    public String customFields;
    @Column(name = "completed_at")
    public Instant completedAt;
    @Column(name = "phase_id")
    public UUID phaseId;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "start_no_earlier_than")
    public LocalDate startNoEarlierThan;
    @Column(name = "finish_no_later_than")
    public LocalDate finishNoLaterThan;
}
