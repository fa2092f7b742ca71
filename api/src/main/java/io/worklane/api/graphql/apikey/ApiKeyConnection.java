package io.worklane.api.graphql.apikey;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A workspace's API keys, oldest first. No totalCount: the ApiKeys port has no count. */
@Description("A page of the workspace's API keys, oldest first, revoked and expired ones included.")
public record ApiKeyConnection(@Description("This page.") @NonNull List<@NonNull ApiKeyEdge> edges,
                               @Description("Whether there are more, and the cursor to ask for them with "
                                       + "after:.")
                               @NonNull PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static ApiKeyConnection of(Page<io.worklane.domain.apikey.ApiKey> page) {
        return Paging.connection(page,
                k -> Paging.cursor(SORT, Paging.timestamp(k.createdAt()), k.id()),
                (cursor, k) -> new ApiKeyEdge(cursor, new ApiKey(k)), ApiKeyConnection::new);
    }
}
