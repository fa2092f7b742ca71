package io.worklane.persistence.planning;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "work_item_links")
public class LinkEntity extends TenantEntity {
    @Column(name = "source_id")
    public UUID sourceId;
    @Column(name = "target_id")
    public UUID targetId;
    public String type;
}
