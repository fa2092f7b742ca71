package io.worklane.api.graphql.workspace;

import io.worklane.domain.workspace.MemberRole;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Adds a person to a workspace by email.")
@Input("AddMemberInput")
public class AddMemberInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The person's e-mail address; they are linked to this member on their first sign-in with it, "
            + "verified. An address that is already a member is refused as a conflict.")
    public String email;
    @Description("The email when not given.")
    public String displayName;
    @NonNull
    @Description("What the member may do in the workspace; only an OWNER may add another OWNER.")
    public MemberRole role;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
