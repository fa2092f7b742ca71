package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a custom field; values already stored are dropped on each item's next change.")
@Input("DeleteCustomFieldInput")
public class DeleteCustomFieldInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @NonNull
    @Id
    @Description("The custom field's id.")
    public String id;
    @Description("Optional: act only if the custom field is still at this version (its version field), else the "
            + "error CONFLICT.")
    public Integer expectedVersion;
}
