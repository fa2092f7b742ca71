package io.worklane.api.graphql.approval;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ApprovalConnection")
@Description("A work item's approvals, oldest first.")
public record ApprovalConnection(@NonNull @Description("This page.") List<@NonNull ApprovalEdge> edges,
                                 @NonNull @Description("Whether there are more, and the cursor to ask for them "
                                         + "with after:.")
                                 PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static ApprovalConnection of(Page<io.worklane.domain.workflow.approval.Approval> page) {
        return Paging.connection(page, a -> Paging.cursor(SORT, Paging.timestamp(a.createdAt()), a.id()),
                (cursor, a) -> new ApprovalEdge(cursor, new Approval(a)), ApprovalConnection::new);
    }

    @Type("ApprovalEdge")
    @Description("An approval and its cursor.")
    public record ApprovalEdge(@NonNull @Description("Pass as after: to read on from it.") String cursor,
                               @NonNull @Description("The approval.") Approval node) {
    }
}
