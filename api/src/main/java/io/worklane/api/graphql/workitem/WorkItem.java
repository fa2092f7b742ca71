package io.worklane.api.graphql.workitem;

import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.api.graphql.shared.Node;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/** The GraphQL view of a work item; its project, people, hierarchy and comments are resolved in batches. */
@Description("One unit of work: a task, bug, story, epic, milestone or request.")
public class WorkItem implements Node {
    @Ignore
    private final io.worklane.domain.workitem.WorkItem item;

    public WorkItem(io.worklane.domain.workitem.WorkItem item) {
        this.item = item;
    }

    @Ignore
    public io.worklane.domain.workitem.WorkItem domain() {
        return item;
    }

    @Override
    @Id
    @NonNull
    @Description("The work item's id (a UUID); Query.node finds it by this id.")
    public String getId() {
        return item.id().toString();
    }

    @NonNull
    @Description("<PROJECT_KEY>-<number>, e.g. ENG-42; accepted wherever a work item id is.")
    public String getKey() {
        return item.key();
    }

    @Description("The item's sequence number in its project (42 in ENG-42).")
    public int getNumber() {
        return (int) item.number();
    }

    @NonNull
    @Description("What kind of work the item is; a type may follow its own workflow in the project.")
    public WorkItemType getType() {
        return item.type();
    }

    @NonNull
    @Description("A short summary.")
    public String getTitle() {
        return item.title();
    }

    @Description("Markdown.")
    public String getDescription() {
        return item.description();
    }

    @NonNull
    @Description("The key of the item's state in its project's workflow (todo, in_progress, done in the default one; any lower_snake key of the workflow). It changes only through transitionWorkItem.")
    public String getStatus() {
        return item.status();
    }

    @NonNull
    @Description("How urgent the item is.")
    public Priority getPriority() {
        return item.priority();
    }

    public LocalDate getStartDate() {
        return item.startDate();
    }

    public LocalDate getDueDate() {
        return item.dueDate();
    }

    @Description("The estimated effort in minutes; null when not estimated.")
    public Integer getEstimateMinutes() {
        return item.estimateMinutes() == null ? null : item.estimateMinutes().intValue();
    }

    @NonNull
    @Description("Free-form tags, in the order given.")
    public List<@NonNull String> getLabels() {
        return item.labels();
    }

    @NonNull
    @Description("The values of the project's custom fields as one JSON object keyed by field key, as REST "
            + "shows them: {\"severity\": \"high\", \"points\": 5, \"budget\": {\"amount\": \"12.50\", "
            + "\"currency\": \"EUR\"}}. Numbers are exact decimals; fields without a value are absent.")
    public JsonObject getCustomFields() {
        return JsonValues.toJson(item.customFields());
    }

    @Description("Increases with every change; pass it as expectedVersion to change or delete it safely.")
    public int getVersion() {
        return (int) item.version();
    }

    @NonNull
    public Instant getCreatedAt() {
        return item.createdAt();
    }

    @NonNull
    public Instant getUpdatedAt() {
        return item.updatedAt();
    }

    @Id
    @Description("The team responsible for the item (Workspace.team), beside its assignees, if any.")
    public String getTeamId() {
        return item.teamId() == null ? null : item.teamId().toString();
    }

    @Id
    @Description("The phase of its project the item belongs to (Project.phases), if any.")
    public String getPhaseId() {
        return item.phaseId() == null ? null : item.phaseId().toString();
    }

    @Description("Scheduling constraint: the schedule starts the item on this day at the earliest.")
    public LocalDate getStartNoEarlierThan() {
        return item.startNoEarlierThan();
    }

    @Description("Scheduling constraint: the item must finish by this day (else its float is negative).")
    public LocalDate getFinishNoLaterThan() {
        return item.finishNoLaterThan();
    }

    @Description("When the item reached done; null while it is not done.")
    public Instant getCompletedAt() {
        return item.completedAt();
    }
}
