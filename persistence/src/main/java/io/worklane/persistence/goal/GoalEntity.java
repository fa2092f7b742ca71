package io.worklane.persistence.goal;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A row of goals; its links are rows of goal_projects and goal_portfolios, written beside it. */
@Entity
@Table(name = "goals")
public class GoalEntity extends TenantEntity {
    public String title;
    public String description;
    @Column(name = "owner_id")
    public UUID ownerId;
    @Column(name = "period_start")
    public LocalDate periodStart;
    @Column(name = "period_end")
    public LocalDate periodEnd;
    @Column(name = "parent_id")
    public UUID parentId;
    public String status;
}
