package io.worklane.persistence.planning;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "phases")
public class PhaseEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    public int position;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
}
