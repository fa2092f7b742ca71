package io.worklane.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "members")
public class MemberEntity {
    @Id
    public UUID id;
    @Column(name = "workspace_id")
    public UUID workspaceId;
    public String email;
    @Column(name = "display_name")
    public String displayName;
    /** The MemberRole name: the entity stays free of domain enums. */
    public String role;
    public String subject;
    @Version
    public Long version;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
