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
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @NonNull
    @Id
    @Description("The custom field's id.")
    public String id;
    @Description("Optional: the version your change is based on; if the custom field changed since, the error "
            + "CONFLICT.")
    public Integer expectedVersion;
    @Description("The new label; null: unchanged.")
    public String name;
    @Description("The new choices of a SELECT or MULTI_SELECT field, replacing the whole list; null: unchanged.")
    public List<@NonNull String> options;
    @Description("Whether new work items must have a value; null: unchanged.")
    public Boolean required;
}
