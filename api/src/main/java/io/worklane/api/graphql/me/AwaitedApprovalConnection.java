package io.worklane.api.graphql.me;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Approvals waiting for the caller's decision, oldest first.")
public record AwaitedApprovalConnection(@Description("This page of approvals, in the list's order.")
                                        @NonNull List<@NonNull AwaitedApprovalEdge> edges,
                                        @Description("Whether there are more, and the cursor to ask for "
                                                + "them with after:.")
                                        @NonNull PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static AwaitedApprovalConnection of(Page<io.worklane.domain.me.AwaitedApproval> page) {
        return Paging.connection(page, a -> Paging.cursor(SORT, Paging.timestamp(a.requestedAt()),
                a.id()), (cursor, a) -> new AwaitedApprovalEdge(cursor, AwaitedApproval.of(a)), AwaitedApprovalConnection::new);
    }
}
