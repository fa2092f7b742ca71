package io.worklane.persistence.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.worklane.persistence.shared.TenantEntity;
import java.time.LocalDate;
import java.util.UUID;

/**
 * last_item_number is deliberately unmapped: work item numbering increments it with SQL under the
 * row lock, and an update of this entity must never write back a stale value.
 */
@Entity
@Table(name = "projects")
public class ProjectEntity extends TenantEntity {
    public String key;
    public String name;
    public String description;
    /** ProjectKind and ProjectStatus names: the entity stays free of domain enums. */
    public String kind;
    public String status;
    @Column(name = "lead_id")
    public UUID leadId;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "target_date")
    public LocalDate targetDate;
    /** ProjectVisibility's name. */
    public String visibility;
}
