package io.worklane.api.graphql.workitem;

import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemPatch;
import io.worklane.api.graphql.shared.Changes;
import io.worklane.api.graphql.shared.InputIds;
import io.worklane.api.graphql.shared.JsonValues;
import io.worklane.domain.shared.Change;
import java.util.List;
import java.util.Map;

/** Translates work item inputs into the application's draft and patch. */
final class WorkItemInputs {
    private WorkItemInputs() {
    }

    static WorkItemDraft draft(CreateWorkItemInput in) {
        return new WorkItemDraft(in.project, in.type, in.title, in.description, in.status, in.priority,
                assignees(in.assignees), InputIds.uuid(in.reporter, "reporter"), in.parent,
                in.startDate, in.dueDate, minutes(in.estimateMinutes), in.labels, JsonValues.toMap(in.customFields))
                .withTeam(in.team);
    }

    static WorkItemPatch patch(UpdateWorkItemInput in) {
        List<WorkItemField> clear = in.clear;
        return new WorkItemPatch(Changes.of(in.title),
                Changes.of(in.description, clear, WorkItemField.DESCRIPTION, "description"),
                Changes.of(in.status), Changes.of(in.priority),
                Changes.of(InputIds.uuids(in.assignees, "assignees")),
                Changes.of(InputIds.uuid(in.reporter, "reporter"), clear, WorkItemField.REPORTER, "reporter"),
                Changes.of(in.parent, clear, WorkItemField.PARENT, "parent"),
                Changes.of(in.startDate, clear, WorkItemField.START_DATE, "startDate"),
                Changes.of(in.dueDate, clear, WorkItemField.DUE_DATE, "dueDate"),
                Changes.of(minutes(in.estimateMinutes), clear, WorkItemField.ESTIMATE_MINUTES, "estimateMinutes"),
                Changes.of(in.labels), customFields(in))
                .withTeam(Changes.of(in.team, clear, WorkItemField.TEAM, "team"));
    }

    /** A map merges into the current values; CUSTOM_FIELDS in clear removes them all (null whole map). */
    private static Change<Map<String, Object>> customFields(UpdateWorkItemInput in) {
        return Changes.of(JsonValues.toMap(in.customFields), in.clear, WorkItemField.CUSTOM_FIELDS, "customFields");
    }

    /**
     * Never null: the domain turns a null list into List.of(), whose contains(null) check in
     * WorkItemRules throws instead of answering (reported; remove once the domain copes).
     */
    private static List<java.util.UUID> assignees(List<String> ids) {
        return ids == null ? new java.util.ArrayList<>() : InputIds.uuids(ids, "assignees");
    }

    private static Long minutes(Integer minutes) {
        return minutes == null ? null : minutes.longValue();
    }
}
