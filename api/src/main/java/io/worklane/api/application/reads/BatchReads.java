package io.worklane.api.application.reads;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.project.CustomField;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.Comments;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Loads of related objects for many parents at once (GraphQL batch resolvers): one statement per
 * call whatever the number of ids, scoped to one workspace the caller may see. Empty asks cost nothing.
 */
@ApplicationScoped
public class BatchReads {
    private final Members members;
    private final Projects projects;
    private final CustomFields customFields;
    private final WorkItems workItems;
    private final Comments comments;

    public BatchReads(Members members, Projects projects, CustomFields customFields, WorkItems workItems,
                      Comments comments) {
        this.members = members;
        this.projects = projects;
        this.customFields = customFields;
        this.workItems = workItems;
        this.comments = comments;
    }

    public Uni<List<Member>> members(Caller caller, UUID workspaceId, Collection<UUID> ids) {
        Access.require(caller, workspaceId, Scope.MEMBERS_READ);
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : members.byIds(workspaceId, ids);
    }

    public Uni<List<Project>> projects(Caller caller, UUID workspaceId, Collection<UUID> ids) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : projects.byIds(workspaceId, ids);
    }

    public Uni<List<WorkItem>> workItems(Caller caller, UUID workspaceId, Collection<UUID> ids) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : workItems.byIds(workspaceId, ids);
    }

    public Uni<Map<UUID, List<WorkItem>>> children(Caller caller, UUID workspaceId, Collection<UUID> parentIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return parentIds.isEmpty() ? Uni.createFrom().item(Map.of()) : workItems.childrenOf(workspaceId, parentIds);
    }

    public Uni<Map<UUID, List<Comment>>> comments(Caller caller, UUID workspaceId, Collection<UUID> workItemIds) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItemIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : comments.byWorkItems(workspaceId, workItemIds);
    }

    public Uni<Map<UUID, Page<WorkItem>>> childPages(Caller caller, UUID workspaceId, Collection<UUID> parentIds,
                                                     PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItems.childPages(workspaceId, parentIds, page);
    }

    public Uni<Map<UUID, Page<Comment>>> commentPages(Caller caller, UUID workspaceId, Collection<UUID> workItemIds,
                                                      PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return comments.pages(workspaceId, workItemIds, page);
    }

    /**
     * The field definitions of one project. The CustomFields port has no batch method yet, so a
     * list of projects costs one statement per project; a {@code byProjects} port method would fix it.
     */
    /** The custom fields of each project, one statement for all of them. */
    public Uni<java.util.Map<UUID, List<CustomField>>> customFields(Caller caller, UUID workspaceId,
                                                                    Collection<UUID> projectIds) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        return projectIds.isEmpty() ? Uni.createFrom().item(java.util.Map.of())
                : customFields.byProjects(workspaceId, projectIds);
    }
}
