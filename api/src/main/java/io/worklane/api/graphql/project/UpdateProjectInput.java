package io.worklane.api.graphql.project;

import io.worklane.domain.project.ProjectStatus;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to a project; fields left null stay as they are, fields listed in clear are emptied. "
        + "The key and kind never change.")
@Input("UpdateProjectInput")
public class UpdateProjectInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @Description("The version your change is based on; if the project changed since, the error CONFLICT.")
    public Integer expectedVersion;
    @Description("The new name; null: unchanged.")
    public String name;
    @Description("The new description, Markdown; null: unchanged.")
    public String description;
    @Description("The new status; null: unchanged. COMPLETED or CANCELLED closes the project to new items.")
    public ProjectStatus status;
    @Id
    @Description("The id of the member who leads it now; null: unchanged.")
    public String lead;
    public LocalDate startDate;
    public LocalDate targetDate;
    @Description("Who sees it from now on; null: unchanged. Needs admin or the project role MANAGER.")
    public io.worklane.domain.project.ProjectVisibility visibility;
    @Description("Optional fields to remove (DESCRIPTION, LEAD, START_DATE, TARGET_DATE).")
    public List<@NonNull ProjectField> clear;
}
