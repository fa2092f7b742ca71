package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a project with its work items and custom fields.")
@Input("DeleteProjectInput")
public class DeleteProjectInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @Description("Optional: act only if the project is still at this version (its version field), else the error "
            + "CONFLICT.")
    public Integer expectedVersion;
}
