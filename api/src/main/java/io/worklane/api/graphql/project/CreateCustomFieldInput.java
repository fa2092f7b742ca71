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
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @NonNull
    public String key;
    @NonNull
    public String name;
    @NonNull
    public CustomFieldType type;
    @Description("Required for SELECT and MULTI_SELECT, not allowed otherwise.")
    public List<@NonNull String> options;
    public Boolean required;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
