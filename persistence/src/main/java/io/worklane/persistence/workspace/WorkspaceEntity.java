package io.worklane.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "workspaces")
public class WorkspaceEntity {
    @Id
    public UUID id;
    public String slug;
    public String name;
    @Column(name = "default_currency")
    public String defaultCurrency;
    @Column(name = "time_zone")
    public String timeZone;
    @Version
    public Long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
