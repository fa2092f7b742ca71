package io.worklane.domain.project;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Port: who is in which project, and what a workspace member may see because of it (ADR 0084). */
public interface ProjectMembers {
    Uni<Optional<ProjectMember>> find(UUID workspaceId, UUID id);

    /** The project's memberships, oldest first (a project has few: no pages). */
    Uni<List<ProjectMember>> ofProject(UUID workspaceId, UUID projectId);

    /** The memberships of several projects, in one statement (GraphQL's Project.members for a level of projects). */
    Uni<List<ProjectMember>> ofProjects(UUID workspaceId, java.util.Collection<UUID> projectIds);

    /** Fails with PROJECT_MEMBER_EXISTS when the member or team is in the project already. */
    Uni<ProjectMember> insert(ProjectMember member);

    Uni<ProjectMember> update(ProjectMember changed);

    Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion);

    /**
     * The projects of the workspace a member is in (directly or through a team) with their strongest role there;
     * with {@code memberId} null (an API key), none.
     */
    Uni<Map<UUID, ProjectRole>> rolesOf(UUID workspaceId, UUID memberId);

    /** The workspace's PRIVATE projects (those a caller sees only as a member) and those deleted while PRIVATE. */
    Uni<PrivateProjects> privateProjects(UUID workspaceId);
}
