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
    public String email;
    @Description("The email when not given.")
    public String displayName;
    @NonNull
    public MemberRole role;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
