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
    public String workspace;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
    public String displayName;
    public MemberRole role;
    public List<@NonNull MemberField> clear;
}
