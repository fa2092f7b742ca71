package io.worklane.persistence.team;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of teams; its members are rows of team_members, written beside it. */
@Entity
@Table(name = "teams")
public class TeamEntity extends TenantEntity {
    public String name;
    public String description;
    @Column(name = "lead_id")
    public UUID leadId;
}
