package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a project with its work items and custom fields.")
@Input("DeleteProjectInput")
public class DeleteProjectInput {
    @NonNull
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    public Integer expectedVersion;
}
