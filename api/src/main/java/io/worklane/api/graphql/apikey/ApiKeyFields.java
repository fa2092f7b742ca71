package io.worklane.api.graphql.apikey;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.apikey.ApiKeyService;
import io.worklane.api.graphql.shared.Paging;
import io.worklane.api.graphql.workspace.Workspace;
import io.worklane.api.security.CurrentCaller;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** A workspace's API keys (per workspace, like all of a workspace's lists: see WorkspaceQueries). */
@GraphQLApi
@Authenticated
public class ApiKeyFields {
    private final ApiKeyService apiKeys;
    private final CurrentCaller caller;

    public ApiKeyFields(ApiKeyService apiKeys, CurrentCaller caller) {
        this.apiKeys = apiKeys;
        this.caller = caller;
    }

    @NonNull
    @Description("The workspace's API keys, oldest first, revoked and expired ones included. Needs api_keys:write.")
    public Uni<ApiKeyConnection> apiKeys(@Source Workspace workspace,
                                         @Name("first") @DefaultValue("50") Integer first,
                                         @Name("after") String after) {
        return Uni.createFrom().deferred(() -> apiKeys.listIn(caller.get(), workspace.domain().id(),
                Paging.request(first, after, ApiKeyConnection.SORT))).map(ApiKeyConnection::of);
    }
}
