package io.worklane.api.application.reads;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.shared.Access;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.ProjectFilter;
import io.worklane.domain.project.ProjectSort;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Member;
import io.worklane.domain.workspace.Members;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Pages and counts of lists nested in objects the caller already reached (a workspace's projects,
 * a project's work items). Filters arrive resolved to ids (see WorkItemQueries.resolve).
 */
@ApplicationScoped
public class ListReads {
    private final Members members;
    private final Projects projects;
    private final WorkItems workItems;
    private final ProjectAccess projectAccess;

    public ListReads(Members members, Projects projects, WorkItems workItems, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.members = members;
        this.projects = projects;
        this.workItems = workItems;
    }

    public Uni<Page<Member>> members(Caller caller, UUID workspaceId, PageRequest page) {
        Access.require(caller, workspaceId, Scope.MEMBERS_READ);
        return members.list(workspaceId, page);
    }

    public Uni<Page<Project>> projects(Caller caller, UUID workspaceId, ProjectFilter filter, ProjectSort sort,
                                       PageRequest page) {
        Access.require(caller, workspaceId, Scope.PROJECTS_READ);
        ProjectFilter f = filter == null ? ProjectFilter.ANY : filter;
        return projectAccess.sight(caller, workspaceId)
                .chain(sight -> projects.list(workspaceId, f.hiding(sight.hidden()), sort, page));
    }

    public Uni<Page<WorkItem>> workItems(Caller caller, UUID workspaceId, WorkItemFilter filter, WorkItemSort sort,
                                         PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItems.list(workspaceId, filter, sort, page);
    }

    /** One page per project in one statement. */
    public Uni<Map<UUID, Page<WorkItem>>> workItemsByProject(Caller caller, UUID workspaceId,
                                                             Collection<UUID> projectIds, WorkItemFilter filter,
                                                             WorkItemSort sort, PageRequest page) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return projectIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : workItems.pagesByProject(workspaceId, projectIds, filter, sort, page);
    }

    public Uni<Map<UUID, Long>> workItemCountsByProject(Caller caller, UUID workspaceId, Collection<UUID> projectIds,
                                                        WorkItemFilter filter) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return projectIds.isEmpty() ? Uni.createFrom().item(Map.of())
                : workItems.countsByProject(workspaceId, projectIds, filter);
    }

    public Uni<Long> workItemCount(Caller caller, UUID workspaceId, WorkItemFilter filter) {
        Access.require(caller, workspaceId, Scope.WORK_ITEMS_READ);
        return workItems.count(workspaceId, filter);
    }
}
