package io.worklane.persistence.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A row inside a workspace (every table but workspaces itself). */
@MappedSuperclass
public abstract class TenantEntity extends VersionedEntity {
    @Column(name = "workspace_id")
    public UUID workspaceId;

    @Override
    public UUID tenantId() {
        return workspaceId;
    }
}
