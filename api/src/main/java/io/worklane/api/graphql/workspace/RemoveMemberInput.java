package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveMemberInput")
@Description("Ends a membership.")
public class RemoveMemberInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Id
    @Description("The member's id.")
    public String id;
    @Description("Optional: act only if the member is still at this version (its version field), else the error "
            + "CONFLICT.")
    public Integer expectedVersion;
}
