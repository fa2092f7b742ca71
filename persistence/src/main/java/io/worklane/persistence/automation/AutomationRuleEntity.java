package io.worklane.persistence.automation;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "automation_rules")
public class AutomationRuleEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    public String name;
    public boolean enabled;
    /** jsonb, carried as JSON text in the API's shape ({"type":"TRANSITIONED","to":"done"}). */
    @ColumnTransformer(read = "cast(trigger as text)", write = "cast(cast(? as text) as jsonb)")
    public String trigger;
    public String condition;
    /** jsonb: the list of actions in their API shapes. */
    @ColumnTransformer(read = "cast(actions as text)", write = "cast(cast(? as text) as jsonb)")
    public String actions;
    @Column(name = "next_run_at")
    public Instant nextRunAt;
}
