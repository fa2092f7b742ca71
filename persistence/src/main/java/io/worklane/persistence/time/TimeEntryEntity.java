package io.worklane.persistence.time;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "time_entries")
public class TimeEntryEntity extends TenantEntity {
    @Column(name = "resource_id")
    public UUID resourceId;
    @Column(name = "work_item_id")
    public UUID workItemId;
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "entry_date")
    public LocalDate entryDate;
    public int minutes;
    public boolean billable;
    public String note;
    @Column(name = "cost_amount")
    public BigDecimal costAmount;
    @Column(name = "cost_currency")
    public String costCurrency;
}
