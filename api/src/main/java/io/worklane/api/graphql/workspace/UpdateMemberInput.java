package io.worklane.api.graphql.workspace;

import io.worklane.domain.workspace.MemberRole;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to a member; fields left null stay as they are, fields listed in clear are emptied.")
@Input("UpdateMemberInput")
public class UpdateMemberInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Id
    @Description("The member's id.")
    public String id;
    @Description("Optional: the version your change is based on; if the member changed since, the error CONFLICT.")
    public Integer expectedVersion;
    @Description("The new name to show; null: unchanged.")
    public String displayName;
    @Description("The new role; null: unchanged. Only an OWNER may grant or take away OWNER.")
    public MemberRole role;
    @Description("Fields to remove (DISPLAY_NAME).")
    public List<@NonNull MemberField> clear;
}
