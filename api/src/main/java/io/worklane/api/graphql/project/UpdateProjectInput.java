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
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @Description("The version your change is based on; if the project changed since, the error CONFLICT.")
    public Integer expectedVersion;
    public String name;
    public String description;
    public ProjectStatus status;
    @Id
    public String lead;
    public LocalDate startDate;
    public LocalDate targetDate;
    public List<@NonNull ProjectField> clear;
}
