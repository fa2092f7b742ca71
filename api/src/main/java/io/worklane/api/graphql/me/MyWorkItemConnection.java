package io.worklane.api.graphql.me;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The caller's work items across workspaces.")
public record MyWorkItemConnection(@Description("This page of work items, in the list's order.")
                                   @NonNull List<@NonNull MyWorkItemEdge> edges,
                                   @Description("Whether there are more, and the cursor to ask for them "
                                           + "with after:.")
                                   @NonNull PageInfo pageInfo) {
    static final String BY_CHANGE = "-updatedAt";
    static final String BY_DUE = "dueDate";

    static MyWorkItemConnection of(Page<io.worklane.domain.me.MyWorkItem> page, boolean byDue) {
        return Paging.connection(page, i -> Paging.cursor(byDue ? BY_DUE : BY_CHANGE,
                        byDue ? i.dueDate().toString() : Paging.timestamp(i.updatedAt()), i.id()),
                (cursor, i) -> new MyWorkItemEdge(cursor, MyWorkItem.of(i)), MyWorkItemConnection::new);
    }
}
