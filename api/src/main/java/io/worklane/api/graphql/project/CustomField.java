package io.worklane.api.graphql.project;

import io.worklane.api.graphql.shared.Node;
import io.worklane.domain.project.CustomFieldType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A typed field defined on a project; its work items carry values for it in customFields.")
public class CustomField implements Node {
    @Ignore
    private final io.worklane.domain.project.CustomField field;

    public CustomField(io.worklane.domain.project.CustomField field) {
        this.field = field;
    }

    @Override
    @Id
    @NonNull
    @Description("The custom field's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return field.id().toString();
    }

    @NonNull
    @Description("lower_snake_case, unique in the project; the key of the value in WorkItem.customFields.")
    public String getKey() {
        return field.key();
    }

    @NonNull
    @Description("The label to show, e.g. Customer.")
    public String getName() {
        return field.name();
    }

    @NonNull
    @Description("The type of the field's values, which fixes their JSON shape in WorkItem.customFields.")
    public CustomFieldType getType() {
        return field.type();
    }

    @NonNull
    @Description("The choices of SELECT and MULTI_SELECT fields; empty for other types.")
    public List<@NonNull String> getOptions() {
        return field.options();
    }

    @Description("Whether new work items of the project must have a value for this field.")
    public boolean isRequired() {
        return field.required();
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) field.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return field.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return field.updatedAt();
    }
}
