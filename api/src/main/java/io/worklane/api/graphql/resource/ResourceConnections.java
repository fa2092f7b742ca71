package io.worklane.api.graphql.resource;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The workspace's resources as a connection (ADR 0072). */
public final class ResourceConnections {
    private ResourceConnections() {
    }

    @Type("ResourceEdge")
    @Description("One of the workspace's resources and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                       @NonNull @Description("The node.") Resource node) {
    }

    @Type("ResourceConnection")
    @Description("The workspace's resources, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more, and the cursor to ask for them with "
                                     + "after:.")
                             PageInfo pageInfo) {
        /** {@code costs}: whether the caller sees cost rates (one answer for all: they are the workspace's). */
        static Connection of(Page<io.worklane.domain.resource.Resource> page, boolean costs) {
            return Paging.connectionByCreation(page, x -> x.createdAt(), x -> x.id(), (cursor, x) -> new Edge(cursor, new Resource(x, costs)), Connection::new);
        }
    }
}
