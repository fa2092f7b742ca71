package io.worklane.api.graphql.workitem;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A new work item in a project.")
@Input("CreateWorkItemInput")
public class CreateWorkItemInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The project's key or id.")
    public String project;
    @Description("TASK when not given.")
    public WorkItemType type;
    @NonNull
    @Description("A short summary, required and not blank.")
    public String title;
    @Description("Markdown.")
    public String description;
    @Description("The state the item starts in: its workflow's initial state when not given. Afterwards it changes only through transitionWorkItem.")
    public String status;
    @Description("NONE when not given.")
    public Priority priority;
    @Description("Member ids.")
    @Id
    public List<@NonNull String> assignees;
    @Id
    @Description("A member id.")
    public String reporter;
    @Id
    @Description("The team responsible for the item (a team id; UNKNOWN_TEAM when there is none).")
    public String team;
    @Description("The parent work item's key or id.")
    public String parent;
    public LocalDate startDate;
    public LocalDate dueDate;
    @Description("The estimated effort in minutes; null: not estimated.")
    public Integer estimateMinutes;
    @Description("Free-form tags; skill:<name> or skill:<name>:<level> labels feed assignment suggestions.")
    public List<@NonNull String> labels;
    @Description("Values of the project's custom fields, keyed by field key, e.g. {\"severity\": \"high\"}.")
    public JsonObject customFields;
    @Description("See CreateWorkspaceInput.idempotencyKey.")
    public String idempotencyKey;
}
