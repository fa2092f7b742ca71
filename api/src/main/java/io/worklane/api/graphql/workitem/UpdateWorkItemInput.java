package io.worklane.api.graphql.workitem;

import io.worklane.domain.workitem.Priority;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Changes to a work item; fields left null stay as they are, fields listed in clear are emptied. "
        + "Lists (assignees, labels) are replaced as a whole; [] empties them. The project and type never change.")
@Input("UpdateWorkItemInput")
public class UpdateWorkItemInput {
    @NonNull
    @Description("The workspace's id or slug.")
    public String workspace;
    @NonNull
    @Description("The work item's key (ENG-42) or id.")
    public String workItem;
    @Description("The version your change is based on; if the item changed since, the error CONFLICT.")
    public Integer expectedVersion;
    @Description("The new title; null: unchanged.")
    public String title;
    @Description("The new description, Markdown; null: unchanged.")
    public String description;
    @Description("Not editable: use transitionWorkItem. A value other than the current status is refused with "
            + "STATUS_CHANGE_NEEDS_TRANSITION.")
    public String status;
    @Description("The new priority; null: unchanged.")
    public Priority priority;
    @Id
    @Description("Member ids, replacing the whole list; null: unchanged.")
    public List<@NonNull String> assignees;
    @Id
    @Description("The member id of the new reporter; null: unchanged.")
    public String reporter;
    @Id
    @Description("The team responsible for the item (a team id); TEAM in clear: no team.")
    public String team;
    @Description("The new parent's key or id; a move that would create a cycle is the error PARENT_CYCLE.")
    public String parent;
    public LocalDate startDate;
    public LocalDate dueDate;
    @Description("The new estimate in minutes; null: unchanged (ESTIMATE_MINUTES in clear removes it).")
    public Integer estimateMinutes;
    @Description("The labels, replacing the whole list; null: unchanged.")
    public List<@NonNull String> labels;
    @Description("Merged into the current values: a key with a value sets it, a key with null removes it, "
            + "keys not given stay.")
    public JsonObject customFields;
    @Description("Optional fields to remove, e.g. DUE_DATE or PARENT.")
    public List<@NonNull WorkItemField> clear;
}
