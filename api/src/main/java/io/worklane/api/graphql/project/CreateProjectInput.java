package io.worklane.api.graphql.project;

import io.worklane.domain.project.ProjectKind;
import io.worklane.domain.project.ProjectStatus;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new project in a workspace.")
@Input("CreateProjectInput")
public class CreateProjectInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("2–10 capital letters or digits starting with a letter, unique in the workspace (ENG); prefixes "
            + "its work items' keys.")
    public String key;
    @NonNull
    @Description("The project's display name.")
    public String name;
    @Description("Markdown.")
    public String description;
    @DefaultValue("PROJECT")
    @Description("PROJECT (temporary, with dates) or PROCESS (an ongoing board without an end).")
    public ProjectKind kind;
    @DefaultValue("ACTIVE")
    @Description("The status it starts in; ACTIVE when not given.")
    public ProjectStatus status;
    @Id
    @Description("The id of the member who leads it.")
    public String lead;
    public LocalDate startDate;
    @Description("Only for kind PROJECT: a PROCESS has no end.")
    public LocalDate targetDate;
    @Id
    @Description("A project template to create the project from (Workspace.projectTemplates), its dates shifted "
            + "from startDate, which is then required. Needs work_items:write too (and budgets:write when the "
            + "template has a budget).")
    public String template;
    @DefaultValue("WORKSPACE")
    @Description("Who sees it: WORKSPACE (everyone) or PRIVATE (its members and the workspace's admins; the person "
            + "creating it becomes its MANAGER).")
    public io.worklane.domain.project.ProjectVisibility visibility;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
