package io.worklane.persistence.goal;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

@Entity
@Table(name = "key_results")
public class KeyResultEntity extends TenantEntity {
    @Column(name = "goal_id")
    public UUID goalId;
    public String title;
    public String kind;
    public String currency;
    @Column(name = "start_value")
    public BigDecimal start;
    @Column(name = "target_value")
    public BigDecimal target;
    @Column(name = "current_value")
    public BigDecimal current;
}
