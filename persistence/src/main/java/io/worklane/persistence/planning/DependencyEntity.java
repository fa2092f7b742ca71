package io.worklane.persistence.planning;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "work_item_dependencies")
public class DependencyEntity extends TenantEntity {
    @Column(name = "predecessor_id")
    public UUID predecessorId;
    @Column(name = "successor_id")
    public UUID successorId;
    public String type;
    @Column(name = "lag_days")
    public int lagDays;
}
