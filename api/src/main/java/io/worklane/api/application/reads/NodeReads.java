package io.worklane.api.application.reads;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.approval.ApprovalService;
import io.worklane.api.application.portfolio.PortfolioQueries;
import io.worklane.api.application.team.TeamQueries;
import io.worklane.api.application.project.CustomFieldService;
import io.worklane.api.application.project.ProjectService;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.CommentService;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.application.workspace.MemberService;
import io.worklane.api.application.workspace.WorkspaceService;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.shared.Nodes;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Any object by its id alone (GraphQL {@code node(id:)}). The id is located within the caller's
 * workspaces, then loaded through the read use case of its kind, so access rules stay in one place.
 * Returns the domain object (Workspace, Member, Project, CustomField, WorkItem, Comment or Approval), or the
 * shown portfolio or team (with what their GraphQL types show).
 */
@ApplicationScoped
public class NodeReads {
    private final Nodes nodes;
    private final WorkspaceService workspaces;
    private final MemberService members;
    private final ProjectService projects;
    private final CustomFieldService customFields;
    private final WorkItemQueries workItems;
    private final CommentService comments;
    private final ApprovalService approvals;
    private final PortfolioQueries portfolios;
    private final TeamQueries teams;

    public NodeReads(Nodes nodes, WorkspaceService workspaces, MemberService members, ProjectService projects,
                     CustomFieldService customFields, WorkItemQueries workItems, CommentService comments,
                     ApprovalService approvals, PortfolioQueries portfolios, TeamQueries teams) {
        this.nodes = nodes;
        this.workspaces = workspaces;
        this.members = members;
        this.projects = projects;
        this.customFields = customFields;
        this.workItems = workItems;
        this.comments = comments;
        this.approvals = approvals;
        this.portfolios = portfolios;
        this.teams = teams;
    }

    public Uni<Object> find(Caller caller, String id) {
        java.util.UUID uuid = Ids.parseOrNull(id);
        if (uuid == null) {
            return Uni.createFrom().failure(notFound(id));
        }
        java.util.List<java.util.UUID> scope = TenantScope.searchable(caller);
        if (scope != null && scope.isEmpty()) {
            return Uni.createFrom().failure(notFound(id));
        }
        return nodes.locate(uuid, scope)
                .chain(found -> found.map(ref -> load(caller, ref)).orElseGet(() -> Uni.createFrom().failure(notFound(id))));
    }

    private Uni<Object> load(Caller caller, Nodes.Ref ref) {
        String ws = ref.workspaceId().toString();
        String id = ref.id().toString();
        String owner = ref.ownerId() == null ? null : ref.ownerId().toString();
        Uni<?> loaded = switch (ref.kind()) {
            case WORKSPACE -> workspaces.get(caller, id);
            case MEMBER -> members.get(caller, ws, id);
            case PROJECT -> projects.get(caller, ws, id);
            case CUSTOM_FIELD -> customFields.get(caller, ws, owner, id);
            case WORK_ITEM -> workItems.get(caller, ws, id);
            case COMMENT -> comments.get(caller, ws, owner, id);
            case APPROVAL -> approvals.get(caller, ws, id);
            case PORTFOLIO -> portfolios.show(caller, ws, id);
            case TEAM -> teams.show(caller, ws, id);
        };
        return loaded.map(o -> (Object) o);
    }

    private static DomainException notFound(String id) {
        return DomainException.notFound(ErrorCode.NOT_FOUND, "Object", id);
    }
}
