package io.worklane.persistence.budget;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "expenses")
public class ExpenseEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String category;
    public BigDecimal amount;
    public String currency;
    @Column(name = "expense_date")
    public LocalDate date;
    public String note;
    @Column(name = "work_item_id")
    public UUID workItemId;
}
