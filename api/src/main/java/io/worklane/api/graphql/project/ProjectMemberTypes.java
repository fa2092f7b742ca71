package io.worklane.api.graphql.project;

import io.worklane.api.application.project.ProjectMemberService.Shown;
import io.worklane.domain.project.ProjectRole;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A project's memberships over GraphQL (the same shapes as REST …/projects/{key}/members). */
final class ProjectMemberTypes {
    private ProjectMemberTypes() {
    }

    @Type("ProjectMember")
    @Description("A member or a team in a project, with its project role (ADR 0084).")
    public record ProjectMemberView(@Id @NonNull @Description("The membership's id.") String id,
                                    @Id @NonNull @Description("The project's id.") String projectId,
                                    @NonNull @Description("The project's key.") String projectKey,
                                    @Id @Description("The member; null for a team's membership.") String member,
                                    @Id @Description("The team; null for a member's membership.") String team,
                                    @NonNull @Description("MANAGER, CONTRIBUTOR or STAKEHOLDER.") ProjectRole projectRole,
                                    @Description("Pass it as expectedVersion to change or remove it safely.")
                                    int version,
                                    @NonNull Instant createdAt, @NonNull Instant updatedAt) {
        static ProjectMemberView of(Shown s) {
            var m = s.member();
            return new ProjectMemberView(m.id().toString(), m.projectId().toString(), s.project().key(),
                    m.memberId() == null ? null : m.memberId().toString(),
                    m.teamId() == null ? null : m.teamId().toString(), m.role(), (int) m.version(), m.createdAt(),
                    m.updatedAt());
        }
    }

    @Type("ProjectMemberPayload")
    @Description("What addProjectMember and updateProjectMember answer.")
    public record ProjectMemberPayload(@NonNull @Description("The membership.") ProjectMemberView projectMember) {
    }

    /** What every membership input names first: the project, in its workspace. */
    public abstract static class InProject {
        @NonNull
        @Description("The workspace (slug or id).")
        public String workspace;
        @NonNull
        @Description("The project (key or id).")
        public String project;
    }

    /** One membership of the project, at the version the caller read. */
    public abstract static class OneMembership extends InProject {
        @NonNull
        @Id
        @Description("The membership's id.")
        public String id;
        @Description("The version the caller read (CONFLICT if it changed).")
        public Integer expectedVersion;
    }

    @Input("AddProjectMemberInput")
    @Description("A member or a team (exactly one) to put in a project, e.g. {workspace: \"acme\", project: \"ENG\", "
            + "member: \"…\", projectRole: MANAGER}. Needs admin or the project role MANAGER.")
    public static class AddProjectMember extends InProject {
        @Id
        @Description("A member of the workspace (or give team).")
        public String member;
        @Id
        @Description("A team of the workspace (or give member).")
        public String team;
        @NonNull
        @Description("MANAGER, CONTRIBUTOR or STAKEHOLDER.")
        public ProjectRole projectRole;
        @Description("See CreateWorkspaceInput.idempotencyKey.")
        public String idempotencyKey;
    }

    @Input("UpdateProjectMemberInput")
    @Description("A membership's new project role.")
    public static class UpdateProjectMember extends OneMembership {
        @NonNull
        @Description("The new role.")
        public ProjectRole projectRole;
    }

    @Input("RemoveProjectMemberInput")
    @Description("A membership to end.")
    public static class RemoveProjectMember extends OneMembership {
    }
}
