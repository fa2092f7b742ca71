package io.worklane.persistence.resource;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "allocations")
public class AllocationEntity extends TenantEntity {
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "work_item_id")
    public UUID workItemId;
    @Column(name = "from_date")
    public LocalDate fromDate;
    @Column(name = "to_date")
    public LocalDate toDate;
    @Column(name = "minutes_per_week")
    public Integer minutesPerWeek;
    public BigDecimal percent;
    public String note;
}
