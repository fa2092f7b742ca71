package io.worklane.api.graphql.project;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Deletes a custom field; values already stored are dropped on each item's next change.")
@Input("DeleteCustomFieldInput")
public class DeleteCustomFieldInput {
    @NonNull
    public String workspace;
    @NonNull
    public String project;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
}
