package io.worklane.api.graphql.workspace;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.ListReads;
import io.worklane.api.application.workspace.WorkspaceService;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Entry points into workspaces, and a workspace's members. A workspace's lists are resolved per
 * workspace, not batched: they cost one statement per workspace either way, and each alias keeps its
 * own arguments (SmallRye batches all occurrences of a field with the arguments of the first).
 */
@GraphQLApi
@Authenticated
public class WorkspaceQueries {
    private final WorkspaceService workspaces;
    private final ListReads lists;
    private final CurrentCaller caller;

    public WorkspaceQueries(WorkspaceService workspaces, ListReads lists, CurrentCaller caller) {
        this.workspaces = workspaces;
        this.lists = lists;
        this.caller = caller;
    }

    @Query("workspace")
    @Description("A workspace by id or slug. One that does not exist, or that you cannot see, is the error "
            + "WORKSPACE_NOT_FOUND.")
    public Uni<Workspace> workspace(@Name("idOrSlug") @NonNull String idOrSlug) {
        return Uni.createFrom().deferred(() -> workspaces.get(caller.get(), idOrSlug)).map(Workspace::new);
    }

    @Query("workspaces")
    @NonNull
    @Description("The workspaces you can see, oldest first.")
    public Uni<WorkspaceConnection> workspaces(@Name("first") @DefaultValue("50") Integer first,
                                               @Name("after") String after) {
        return Uni.createFrom().deferred(() -> workspaces.list(caller.get(),
                        Paging.request(first, after, WorkspaceConnection.SORT)))
                .map(WorkspaceConnection::of);
    }

    @NonNull
    @Description("The members of the workspace, in the order they were added.")
    public Uni<MemberConnection> members(@Source Workspace workspace,
                                         @Name("first") @DefaultValue("50") Integer first,
                                         @Name("after") String after) {
        return Uni.createFrom().deferred(() -> lists.members(caller.get(), workspace.domain().id(),
                Paging.request(first, after, MemberConnection.SORT))).map(MemberConnection::of);
    }
}
