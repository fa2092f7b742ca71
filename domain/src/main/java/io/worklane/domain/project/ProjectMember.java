package io.worklane.domain.project;

import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Validation;
import java.time.Instant;
import java.util.UUID;

/**
 * A membership of a project: a workspace member or a team (exactly one), with a project role. A team's members
 * are the project's members through it, for as long as they are in the team.
 */
public record ProjectMember(UUID id, UUID workspaceId, UUID projectId, UUID memberId, UUID teamId, ProjectRole role,
                            long version, Instant createdAt, Instant updatedAt) {

    public static ProjectMember create(UUID workspaceId, UUID projectId, UUID memberId, UUID teamId, ProjectRole role,
                                       Instant now) {
        new Validation()
                .require(memberId != null || teamId != null, "member", "REQUIRED", "give a member or a team")
                .require(memberId == null || teamId == null, "team", "NOT_ALLOWED",
                        "give a member or a team, not both")
                .require(role != null, "projectRole", "REQUIRED", "must be MANAGER, CONTRIBUTOR or STAKEHOLDER")
                .orThrow();
        return new ProjectMember(Ids.newId(), workspaceId, projectId, memberId, teamId, role, 0, now, now);
    }

    public ProjectMember withRole(ProjectRole newRole, Instant now) {
        new Validation().require(newRole != null, "projectRole", "REQUIRED",
                "must be MANAGER, CONTRIBUTOR or STAKEHOLDER").orThrow();
        return new ProjectMember(id, workspaceId, projectId, memberId, teamId, newRole, version, createdAt, now);
    }

    public boolean isTeam() {
        return teamId != null;
    }
}
