package io.worklane.api.graphql.apikey;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Replaces a key's secret: a successor key is created, the old one keeps working for the server's overlap.")
@Input("RotateApiKeyInput")
public class RotateApiKeyInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Id
    @Description("The id of the key to rotate.")
    public String id;
    @Description("See CreateWorkspaceInput.idempotencyKey. A replayed answer has no secret.")
    public String idempotencyKey;
}
