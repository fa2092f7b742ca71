package io.worklane.api.graphql.view;

import io.worklane.api.application.view.ViewRuns;
import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workitem.WorkItem;
import io.worklane.api.graphql.workitem.WorkItemEdge;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of a view's work items, in its sort, with what to know about its definition.")
public record ViewItemConnection(@NonNull @Description("The items of this page, in the view's sort.")
                                 List<@NonNull WorkItemEdge> edges,
                                 @NonNull @Description("Whether more items follow, and from where.") PageInfo pageInfo,
                                 @NonNull @Description("E.g. a custom field the view names no longer exists (its "
                                         + "conditions match no item).") List<@NonNull String> warnings) {
    static ViewItemConnection of(ViewRuns.Run run) {
        var page = run.items();
        List<WorkItemEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new WorkItemEdge(page.cursors().get(i), new WorkItem(page.items().get(i))));
        }
        return new ViewItemConnection(edges, Paging.info(page, edges.stream().map(WorkItemEdge::cursor).toList()),
                run.warnings());
    }
}
