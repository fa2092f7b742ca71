package io.worklane.api.graphql.apikey;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new API key bound to a workspace.")
@Input("CreateApiKeyInput")
public class CreateApiKeyInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("What the key is for: 1–200 characters, without control or invisible formatting characters.")
    public String name;
    @NonNull
    @Description("The scopes to grant (1–17), e.g. work_items:read; an unknown name is the field error UNKNOWN_SCOPE. "
            + "Only scopes you hold can be granted (else INSUFFICIENT_SCOPE).")
    public List<@NonNull String> scopes;
    @Description("When the key stops working; must be in the future. Null: it does not expire.")
    public Instant expiresAt;
    @Description("See CreateWorkspaceInput.idempotencyKey. A replayed answer has no secret.")
    public String idempotencyKey;
}
