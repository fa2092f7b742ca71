package io.worklane.persistence.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import io.worklane.persistence.shared.TenantEntity;

@Entity
@Table(name = "members")
public class MemberEntity extends TenantEntity {
    public String email;
    @Column(name = "display_name")
    public String displayName;
    /** The MemberRole name: the entity stays free of domain enums. */
    public String role;
    public String subject;
}
