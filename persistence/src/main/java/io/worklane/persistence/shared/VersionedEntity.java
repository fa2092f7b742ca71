package io.worklane.persistence.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** What every aggregate's row has: an id, an optimistic-lock version and its timestamps. */
@MappedSuperclass
public abstract class VersionedEntity {
    @Id
    public UUID id;
    @Version
    public Long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    /** The workspace the row belongs to: a row of another workspace is treated as missing. */
    public abstract UUID tenantId();
}
