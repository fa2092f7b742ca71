package io.worklane.api.graphql.workitem;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.ListReads;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.graphql.project.Project;
import io.worklane.api.graphql.shared.Batches;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Work item lists of workspaces and projects. A workspace's list is resolved per workspace; the
 * projects of one level share one statement per workspace (WorkItems.pagesByProject). SmallRye batches
 * all occurrences of Project.workItems with the arguments of the first, so a query using it with
 * different arguments is refused up front (BatchedArguments).
 */
@GraphQLApi
@Authenticated
public class WorkItemLists {
    private final WorkItemQueries queries;
    private final ListReads lists;
    private final CurrentCaller caller;

    public WorkItemLists(WorkItemQueries queries, ListReads lists, CurrentCaller caller) {
        this.queries = queries;
        this.lists = lists;
        this.caller = caller;
    }

    static final String SORT = "Several keys as REST's sort, e.g. \"priority,-dueDate,customFields.cost\" or \"rank\" "
            + "(the board's manual order); empty values last, ties by id. Given, it replaces orderBy. An unknown key is "
            + "VALIDATION_FAILED (INVALID_SORT).";

    @NonNull
    @Name("workItems")
    @Description("The workspace's work items.")
    public Uni<WorkItemConnection> ofWorkspace(@Source Workspace workspace,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after,
            @Name("filter") WorkItemFilter filter,
            @Name("orderBy") @DefaultValue("CREATED_AT_DESC") WorkItemOrder orderBy,
            @Name("sort") @Description(SORT) String sortText) {
        UUID ws = workspace.domain().id();
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            WorkItemSort sort = WorkItemOrder.of(orderBy, sortText);
            var page = Paging.request(first, after, sort.token());
            return queries.checked(ws, sort).chain(() -> queries.resolve(ws, WorkItemFilter.criteria(filter, true), who))
                    .chain(resolved -> lists.workItems(who, ws, resolved, sort, page)
                            .map(items -> WorkItemConnection.of(items, sort,
                                    new WorkItemConnection.Scope(ws, null, resolved))));
        });
    }

    @NonNull
    @Name("workItems")
    @Description("The project's work items; the projects of one level cost one statement. All occurrences of "
            + "this field in one query must have the same arguments.")
    public Uni<List<@NonNull WorkItemConnection>> ofProjects(@Source List<Project> sources,
            @Name("first") @DefaultValue("50") Integer first, @Name("after") String after,
            @Name("filter") WorkItemFilter filter,
            @Name("orderBy") @DefaultValue("CREATED_AT_DESC") WorkItemOrder orderBy,
            @Name("sort") @Description(SORT) String sortText) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            WorkItemSort sort = WorkItemOrder.of(orderBy, sortText);
            var page = Paging.request(first, after, sort.token());
            var criteria = WorkItemFilter.criteria(filter, false);
            return Batches.<Project, UUID, WorkItemConnection>load(sources, p -> p.domain().workspaceId(),
                    p -> List.of(p.domain().id()),
                    (ws, projectIds) -> queries.checked(ws, sort).chain(() -> queries.resolve(ws, criteria, who))
                            .chain(resolved -> lists
                            .workItemsByProject(who, ws, projectIds, resolved, sort, page)
                            .map(pages -> connections(pages, projectIds, sort, ws, resolved))));
        }).map(found -> sources.stream().map(p -> found.get(p.domain().id())).toList());
    }

    @Description("A work item of the workspace by key (ENG-42) or id; one that does not exist is the error "
            + "WORK_ITEM_NOT_FOUND.")
    public Uni<WorkItem> workItem(@Source Workspace workspace, @Name("key") @NonNull String key) {
        return Uni.createFrom().deferred(() -> queries.get(caller.get(), workspace.getId(), key)).map(WorkItem::new);
    }

    private static Map<UUID, WorkItemConnection> connections(
            Map<UUID, Page<io.worklane.domain.workitem.WorkItem>> pages, java.util.Set<UUID> projectIds,
            WorkItemSort sort, UUID ws, io.worklane.domain.workitem.WorkItemFilter filter) {
        return projectIds.stream().collect(Collectors.toMap(id -> id, id -> WorkItemConnection.of(
                pages.getOrDefault(id, new Page<>(List.of(), null)), sort,
                new WorkItemConnection.Scope(ws, id, filter))));
    }
}
