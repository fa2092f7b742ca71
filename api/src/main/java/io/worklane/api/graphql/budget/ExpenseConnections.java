package io.worklane.api.graphql.budget;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.budget.Expense;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The expenses a caller may see as a connection (ADR 0072). */
public final class ExpenseConnections {
    /** Expenses list by date: the cursor carries the day. */
    static final String BY_DATE = "date";

    private ExpenseConnections() {
    }

    @Type("ExpenseEdge")
    @Description("An expense and its cursor.")
    public record Edge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                       @NonNull @Description("The expense.") BudgetTypes.ExpenseView node) {
    }

    @Type("ExpenseConnection")
    @Description("Expenses, by date.")
    public record Connection(@NonNull @Description("This page.") List<@NonNull Edge> edges,
                             @NonNull @Description("Whether there are more, and the cursor to ask for them with "
                                     + "after:.")
                             PageInfo pageInfo) {
        static Connection of(Page<Expense> page) {
            return Paging.connection(page, x -> Paging.cursor(BY_DATE, x.date().toString(), x.id()),
                    (cursor, x) -> new Edge(cursor, BudgetTypes.ExpenseView.of(x)), Connection::new);
        }
    }
}
