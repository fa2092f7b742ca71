package io.worklane.api.graphql.project;

import io.worklane.domain.project.CustomFieldType;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new custom field on a project.")
@Input("CreateCustomFieldInput")
public class CreateCustomFieldInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @NonNull
    @Description("The name of the value in WorkItem.customFields: lower_snake_case, starting with a letter, at "
            + "most 40 characters, unique in the project; it cannot change later.")
    public String key;
    @NonNull
    @Description("The label to show, e.g. Customer.")
    public String name;
    @NonNull
    @Description("The type of its values; it cannot change later.")
    public CustomFieldType type;
    @Description("Required for SELECT and MULTI_SELECT, not allowed otherwise.")
    public List<@NonNull String> options;
    @Description("Whether new work items of the project must have a value for it; default false.")
    public Boolean required;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
