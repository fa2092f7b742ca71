package io.worklane.api.graphql.workspace;

import io.worklane.api.graphql.shared.PageInfo;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.domain.shared.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Workspaces in creation order. No totalCount: the Workspaces port has no count yet. */
@Description("A page of the workspaces you can see, oldest first.")
public record WorkspaceConnection(@Description("This page.") @NonNull List<@NonNull WorkspaceEdge> edges,
                                  @Description("Whether there are more, and the cursor to ask for them "
                                          + "with after:.")
                                  @NonNull PageInfo pageInfo) {
    static final String SORT = "createdAt";

    static WorkspaceConnection of(Page<io.worklane.domain.workspace.Workspace> page) {
        return Paging.connection(page,
                w -> Paging.cursor(SORT, Paging.timestamp(w.createdAt()), w.id()),
                (cursor, w) -> new WorkspaceEdge(cursor, new Workspace(w)), WorkspaceConnection::new);
    }
}
