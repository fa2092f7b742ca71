package io.worklane.persistence.project;

import io.worklane.persistence.shared.TenantEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A row of project_members: a member or a team in a project, with its project role's name. */
@Entity
@Table(name = "project_members")
public class ProjectMemberEntity extends TenantEntity {
    @Column(name = "project_id")
    public UUID projectId;
    @Column(name = "member_id")
    public UUID memberId;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "project_role")
    public String projectRole;
}
