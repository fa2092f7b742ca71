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
    public String getId() {
        return field.id().toString();
    }

    @NonNull
    @Description("lower_snake_case, unique in the project; the key of the value in WorkItem.customFields.")
    public String getKey() {
        return field.key();
    }

    @NonNull
    public String getName() {
        return field.name();
    }

    @NonNull
    public CustomFieldType getType() {
        return field.type();
    }

    @NonNull
    @Description("The choices of SELECT and MULTI_SELECT fields; empty for other types.")
    public List<@NonNull String> getOptions() {
        return field.options();
    }

    public boolean isRequired() {
        return field.required();
    }

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
