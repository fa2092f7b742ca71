package io.worklane.api.graphql.workspace;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemoveMemberInput")
public class RemoveMemberInput {
    @NonNull
    public String workspace;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
}
