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
    public String key;
    @NonNull
    public String name;
    public String description;
    @DefaultValue("PROJECT")
    public ProjectKind kind;
    @DefaultValue("ACTIVE")
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
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
