package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new workspace. Only the instance administrator may create workspaces.")
@Input("CreateWorkspaceInput")
public class CreateWorkspaceInput {
    @NonNull
    @Description("3–40 lowercase letters, digits or hyphens; unique.")
    public String slug;
    @NonNull
    @Description("The workspace's display name.")
    public String name;
    @Description("ISO 4217 code; EUR when not given.")
    public String defaultCurrency;
    @Description("IANA time zone; UTC when not given.")
    public String timeZone;
    @Description("Makes the mutation safe to retry: the same key with the same input within 24 hours returns "
            + "the object the first call created; with another input it is the error IDEMPOTENCY_KEY_REUSED.")
    public String idempotencyKey;
}
