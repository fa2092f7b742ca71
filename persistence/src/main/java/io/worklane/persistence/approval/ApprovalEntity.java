package io.worklane.persistence.approval;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

@Entity
@Table(name = "approvals")
public class ApprovalEntity extends TenantEntity {
    @Column(name = "work_item_id")
    public UUID workItemId;
    // jsonb as JSON text (ADR 0003): Hibernate Reactive's JSON type handles objects only, not arrays
    @Column(name = "approver_ids")
    @ColumnTransformer(read = "cast(approver_ids as text)", write = "cast(cast(? as text) as jsonb)")
    public String approverIds;
    @Column(name = "approver_role")
    public String approverRole;
    @Column(name = "approver_team_id")
    public java.util.UUID approverTeamId;
    public String policy;
    public String status;
    @ColumnTransformer(read = "cast(decisions as text)", write = "cast(cast(? as text) as jsonb)")
    public String decisions;
    @Column(name = "requested_by_kind")
    public String requestedByKind;
    @Column(name = "requested_by_id")
    public String requestedById;
    @Column(name = "requested_by_name")
    public String requestedByName;
}
