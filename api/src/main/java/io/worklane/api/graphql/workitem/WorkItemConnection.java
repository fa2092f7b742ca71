package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** A page of work items; it remembers what it lists so that totalCount is only counted when asked for. */
@Description("A page of work items.")
public class WorkItemConnection {
    /** What the list is: a workspace's items (projectId null) or a project's, under a resolved filter. */
    record Scope(UUID workspaceId, UUID projectId, io.worklane.domain.workitem.WorkItemFilter filter) {
    }

    @Ignore
    private final Scope scope;
    private final List<WorkItemEdge> edges;
    private final PageInfo pageInfo;

    private WorkItemConnection(Scope scope, List<WorkItemEdge> edges, PageInfo pageInfo) {
        this.scope = scope;
        this.edges = edges;
        this.pageInfo = pageInfo;
    }

    static WorkItemConnection of(Page<io.worklane.domain.workitem.WorkItem> page, WorkItemSort sort, Scope scope) {
        // the repository gives each row's cursor: an order of several keys is not computable from the item
        List<WorkItemEdge> edges = new java.util.ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new WorkItemEdge(page.cursors().get(i), new WorkItem(page.items().get(i))));
        }
        return new WorkItemConnection(scope, edges,
                Paging.info(page, edges.stream().map(WorkItemEdge::cursor).toList()));
    }

    @Ignore
    Scope scope() {
        return scope;
    }

    @NonNull
    @Description("This page.")
    public List<@NonNull WorkItemEdge> getEdges() {
        return edges;
    }

    @NonNull
    @Description("Whether there are more, and the cursor to ask for them with after:.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }
}
