package io.worklane.persistence.resource;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "resources")
public class ResourceEntity extends TenantEntity {
    public String kind;
    public String name;
    @Column(name = "member_id")
    public UUID memberId;
    @ColumnTransformer(read = "cast(skills as text)", write = "cast(cast(? as text) as jsonb)")
    public String skills;
    @ColumnTransformer(read = "cast(capacity as text)", write = "cast(cast(? as text) as jsonb)")
    public String capacity;
    @Column(name = "time_off")
    @ColumnTransformer(read = "cast(time_off as text)", write = "cast(cast(? as text) as jsonb)")
    public String timeOff;
    @Column(name = "cost_rates")
    @ColumnTransformer(read = "cast(cost_rates as text)", write = "cast(cast(? as text) as jsonb)")
    public String costRates;
    @Column(name = "archived_at")
    public Instant archivedAt;
}
