package io.worklane.api.graphql.project;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to a custom field; fields left null stay as they are. The key and type never change.")
@Input("UpdateCustomFieldInput")
public class UpdateCustomFieldInput {
    @NonNull
    public String workspace;
    @NonNull
    public String project;
    @NonNull
    @Id
    public String id;
    public Integer expectedVersion;
    public String name;
    public List<@NonNull String> options;
    public Boolean required;
}
