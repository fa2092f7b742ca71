package io.worklane.api.graphql.workspace;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Members in the order they were added. No totalCount: the Members port has no count yet. */
@Description("A page of the workspace's members, in the order they were added.")
public record MemberConnection(@Description("This page.") @NonNull List<@NonNull MemberEdge> edges,
                               @Description("Whether there are more, and the cursor to ask for them with "
                                       + "after:.")
                               @NonNull PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static MemberConnection of(Page<io.worklane.domain.workspace.Member> page) {
        return Paging.connection(page,
                m -> Paging.cursor(SORT, Paging.timestamp(m.createdAt()), m.id()),
                (cursor, m) -> new MemberEdge(cursor, new Member(m)), MemberConnection::new);
    }
}
