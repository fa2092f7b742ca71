package io.worklane.api.graphql.budget;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The workspace's budgets as a connection (ADR 0072). */
public final class BudgetConnections {
    private BudgetConnections() {
    }

    @Type("BudgetEdge")
    @Description("One of the workspace's budgets and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                       @NonNull @Description("The node.") Budget node) {
    }

    @Type("BudgetConnection")
    @Description("The workspace's budgets, oldest first.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more, and the cursor to ask for them with "
                                     + "after:.")
                             PageInfo pageInfo) {
        static Connection of(Page<io.worklane.api.application.budget.BudgetService.Shown> page) {
            return Paging.connectionByCreation(page, x -> x.budget().createdAt(), x -> x.budget().id(), (cursor, x) -> new Edge(cursor, new Budget(x)), Connection::new);
        }
    }
}
