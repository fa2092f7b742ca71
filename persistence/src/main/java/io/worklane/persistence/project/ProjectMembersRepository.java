package io.worklane.persistence.project;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.worklane.domain.project.ProjectMember;
import io.worklane.domain.project.PrivateProjects;
import io.worklane.domain.project.ProjectMembers;
import io.worklane.domain.project.ProjectRole;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.persistence.shared.Rows;
import io.worklane.persistence.shared.Sql;
import io.worklane.persistence.shared.Writes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProjectMembersRepository implements ProjectMembers {
    /**
     * The PRIVATE projects of workspace $1 and those deleted while PRIVATE ({@code deleted}), as one row set: the sight
     * of a caller and a webhook's deliveries (in their own statement) are narrowed by the same projects (ADR 0085).
     */
    public static final String PRIVATE_PROJECTS = "SELECT id, false AS deleted FROM projects"
            + " WHERE workspace_id = $1 AND visibility = 'PRIVATE'"
            + " UNION ALL SELECT id, true FROM deleted_private_projects WHERE workspace_id = $1";
    private static final String SELECT = "SELECT id, workspace_id, project_id, member_id, team_id, project_role,"
            + " version, created_at, updated_at FROM project_members";
    // a member's memberships, direct or through the teams they are in
    private static final String ROLES = "SELECT pm.project_id, pm.project_role FROM project_members pm"
            + " WHERE pm.workspace_id = $1 AND (pm.member_id = $2 OR pm.team_id IN"
            + " (SELECT tm.team_id FROM team_members tm WHERE tm.member_id = $2))";
    private final Sql sql;

    public ProjectMembersRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Uni<Optional<ProjectMember>> find(UUID workspaceId, UUID id) {
        return sql.one(SELECT + " WHERE workspace_id = $1 AND id = $2", Tuple.of(workspaceId, id),
                ProjectMembersRepository::fromRow);
    }

    @Override
    public Uni<List<ProjectMember>> ofProject(UUID workspaceId, UUID projectId) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = $2 ORDER BY created_at, id",
                Tuple.of(workspaceId, projectId), ProjectMembersRepository::fromRow);
    }

    @Override
    public Uni<List<ProjectMember>> ofProjects(UUID workspaceId, java.util.Collection<UUID> projectIds) {
        return sql.list(SELECT + " WHERE workspace_id = $1 AND project_id = ANY($2) ORDER BY created_at, id",
                Tuple.of(workspaceId, projectIds.toArray(UUID[]::new)), ProjectMembersRepository::fromRow);
    }

    @Override
    public Uni<ProjectMember> insert(ProjectMember m) {
        return Writes.persist(copy(m, new ProjectMemberEntity()), "The membership")
                .onFailure(DomainException.class).transform(e -> exists((DomainException) e))
                .map(ProjectMembersRepository::fromEntity);
    }

    @Override
    public Uni<ProjectMember> update(ProjectMember changed) {
        return Writes.update(ProjectMemberEntity.class, changed.id(), changed.workspaceId(), changed.version(),
                "Project membership " + changed.id(), () -> notFound(changed.id()), e -> copy(changed, e))
                .map(ProjectMembersRepository::fromEntity);
    }

    @Override
    public Uni<Void> delete(UUID workspaceId, UUID id, long expectedVersion) {
        return Writes.delete(ProjectMemberEntity.class, id, workspaceId, expectedVersion,
                "Project membership " + id, () -> notFound(id));
    }

    @Override
    public Uni<Map<UUID, ProjectRole>> rolesOf(UUID workspaceId, UUID memberId) {
        if (memberId == null) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.list(ROLES, Tuple.of(workspaceId, memberId), r -> Map.entry(r.getUUID("project_id"),
                ProjectRole.valueOf(r.getString("project_role")))).map(rows -> {
                    Map<UUID, ProjectRole> roles = new HashMap<>();
                    rows.forEach(e -> roles.merge(e.getKey(), e.getValue(), ProjectRole::max));
                    return roles;
                });
    }

    @Override
    public Uni<PrivateProjects> privateProjects(UUID workspaceId) {
        return sql.list(PRIVATE_PROJECTS, Tuple.of(workspaceId), r -> Map.entry(r.getUUID("id"), r.getBoolean("deleted")))
                .map(rows -> new PrivateProjects(
                        rows.stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).collect(Collectors.toSet()),
                        rows.stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet())));
    }

    private static DomainException exists(DomainException e) {
        return e.code() != ErrorCode.PROJECT_MEMBER_EXISTS ? e : new DomainException(ErrorCode.PROJECT_MEMBER_EXISTS,
                "This member or team is in the project already. Change its projectRole (PATCH) instead.");
    }

    private static ProjectMemberEntity copy(ProjectMember m, ProjectMemberEntity e) {
        e.id = m.id();
        e.workspaceId = m.workspaceId();
        e.projectId = m.projectId();
        e.memberId = m.memberId();
        e.teamId = m.teamId();
        e.projectRole = m.role().name();
        e.createdAt = m.createdAt();
        e.updatedAt = m.updatedAt();
        return e;
    }

    private static ProjectMember fromEntity(ProjectMemberEntity e) {
        return new ProjectMember(e.id, e.workspaceId, e.projectId, e.memberId, e.teamId,
                ProjectRole.valueOf(e.projectRole), e.version, e.createdAt, e.updatedAt);
    }

    private static ProjectMember fromRow(Row r) {
        return new ProjectMember(r.getUUID("id"), r.getUUID("workspace_id"), r.getUUID("project_id"),
                r.getUUID("member_id"), r.getUUID("team_id"), ProjectRole.valueOf(r.getString("project_role")),
                r.getLong("version"), Rows.instant(r, "created_at"), Rows.instant(r, "updated_at"));
    }

    private static DomainException notFound(UUID id) {
        return DomainException.notFound(ErrorCode.PROJECT_MEMBER_NOT_FOUND, "Project membership", id.toString());
    }
}
