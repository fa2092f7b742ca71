package io.worklane.api.graphql.form;

import io.worklane.domain.form.Form;
import io.worklane.domain.form.FormDefinition;
import io.worklane.domain.workitem.WorkItemType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** A request intake form as GraphQL shows it. */
@Name("Form")
@Description("A request intake form of a PROCESS project (REST: …/forms; public address /api/v1/forms/{slug}).")
public class FormType {
    @Ignore
    private final Form form;

    public FormType(Form form) {
        this.form = form;
    }

    private FormDefinition d() {
        return form.definition();
    }

    @Id @NonNull
    @Description("The form's id.")
    public String getId() {
        return form.id().toString();
    }

    @Id @NonNull
    @Description("The project its submissions go to.")
    public String getProjectId() {
        return form.projectId().toString();
    }

    @NonNull
    @Description("That project's key.")
    public String getProjectKey() {
        return form.projectKey();
    }

    @NonNull
    @Description("The public address: /api/v1/forms/{slug}. Unique across the instance.")
    public String getSlug() {
        return d().slug();
    }

    @NonNull
    @Description("1 to 200 characters.")
    public String getTitle() {
        return d().title();
    }

    @Description("Shown above the fields.")
    public String getDescription() {
        return d().description();
    }

    @NonNull
    @Description("The type of the items submissions create (REQUEST unless told).")
    public WorkItemType getItemType() {
        return d().itemType();
    }

    @NonNull
    @Description("PUBLIC (anyone with the link) or MEMBERS (the workspace's members and keys).")
    public FormAccessLevel getAccess() {
        return FormAccessLevel.of(d().access());
    }

    @Description("Shown after a submission.")
    public String getConfirmation() {
        return d().confirmation();
    }

    @NonNull
    @Description("The questions, in order.")
    public List<@NonNull FormFieldDefinition> getFields() {
        return d().fields().stream().map(FormFieldDefinition::of).toList();
    }

    @Description("Increases with every change; pass it as expectedVersion to update safely.")
    public int getVersion() {
        return (int) form.version();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getCreatedAt() {
        return form.createdAt();
    }

    @NonNull
    @Description("ISO-8601")
    public Instant getUpdatedAt() {
        return form.updatedAt();
    }
}
