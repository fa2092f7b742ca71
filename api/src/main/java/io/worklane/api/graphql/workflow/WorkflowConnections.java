package io.worklane.api.graphql.workflow;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The workspace's workflows as a connection (ADR 0072). */
public final class WorkflowConnections {
    private WorkflowConnections() {
    }

    @Type("WorkflowEdge")
    @Description("One of the workspace's workflows and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                       @NonNull @Description("The node.") Workflow node) {
    }

    @Type("WorkflowConnection")
    @Description("The workspace's workflows, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more, and the cursor to ask for them with "
                                     + "after:.")
                             PageInfo pageInfo) {
        static Connection of(Page<io.worklane.domain.workflow.Workflow> page) {
            return Paging.connectionByCreation(page, x -> x.createdAt(), x -> x.id(), (cursor, x) -> new Edge(cursor, new Workflow(x)), Connection::new);
        }
    }
}
