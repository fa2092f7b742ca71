package io.worklane.api.graphql.workspace;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.workspace.WorkspaceService;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.DeletePayload;
import io.worklane.api.graphql.shared.IdempotentCreate;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
@Authenticated
public class WorkspaceMutations {
    private final WorkspaceService workspaces;
    private final IdempotentCreate idempotent;
    private final CurrentCaller caller;

    public WorkspaceMutations(WorkspaceService workspaces, IdempotentCreate idempotent, CurrentCaller caller) {
        this.workspaces = workspaces;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Description("Creates a workspace. Only the instance administrator may.")
    @Mutation("createWorkspace")
    public Uni<WorkspacePayload> createWorkspace(@Name("input") @NonNull CreateWorkspaceInput input) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            return idempotent.run(who, input.idempotencyKey, "createWorkspace", input,
                    () -> workspaces.create(who, new WorkspaceService.Draft(input.slug, input.name,
                            input.defaultCurrency, input.timeZone)),
                    ws -> ws.id().toString(), id -> workspaces.get(who, id));
        }).map(ws -> new WorkspacePayload(new Workspace(ws)));
    }

    @Description("Changes the workspace's settings. Needs the admin scope.")
    @Mutation("updateWorkspace")
    public Uni<WorkspacePayload> updateWorkspace(@Name("input") @NonNull UpdateWorkspaceInput input) {
        return Uni.createFrom().deferred(() -> workspaces.update(caller.get(), input.workspace,
                        Changes.version(input.expectedVersion), new WorkspaceService.Patch(Changes.of(input.name),
                                Changes.of(input.defaultCurrency), Changes.of(input.timeZone),
                                Changes.of(input.searchConfig))))
                .map(ws -> new WorkspacePayload(new Workspace(ws)));
    }

    @Description("Deletes the workspace and everything in it. Only the instance administrator may.")
    @Mutation("deleteWorkspace")
    public Uni<DeletePayload> deleteWorkspace(@Name("input") @NonNull DeleteWorkspaceInput input) {
        return Uni.createFrom().deferred(() -> {
            var who = caller.get();
            // one lookup, in the use case, which checks visibility and scope before anything else
            return workspaces.delete(who, input.workspace, Changes.version(input.expectedVersion))
                    .map(id -> new DeletePayload(id.toString()));
        });
    }
}
