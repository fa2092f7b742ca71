package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Revokes a key at once: the next request with its secret is refused.")
@Input("RevokeApiKeyInput")
public class RevokeApiKeyInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Id
    @Description("The id of the key to revoke.")
    public String id;
}
