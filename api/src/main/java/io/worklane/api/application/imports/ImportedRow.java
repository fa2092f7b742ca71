package io.worklane.api.application.imports;

import io.worklane.api.application.workitem.WorkItemDraft;
import io.worklane.api.application.workitem.WorkItemPatch;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A checked row of an import as the job keeps it (plain JSON), read back as the draft of a new item or as the
 * patch of the item imported before: the patch changes only the fields the mapping reads, an empty cell
 * clearing its field as an empty field of a PATCH does.
 */
record ImportedRow(Map<String, Object> row) {

    String externalId() {
        return (String) row.get("externalId");
    }

    String parent() {
        return (String) row.get("parent");
    }

    String state() {
        return (String) row.get("state");
    }

    WorkItemDraft draft(String projectId, String parentId) {
        return new WorkItemDraft(projectId, WorkItemType.valueOf((String) row.get("type")), (String) row.get("title"),
                (String) row.get("description"), state(), priority(), assignees(), null, parentId, date("startDate"),
                date("dueDate"), estimate(), strings("labels"), customFields());
    }

    WorkItemPatch patch(List<String> fields, String parentId) {
        return new WorkItemPatch(Change.to((String) row.get("title")),
                set(fields, "description", (String) row.get("description")), Change.absent(),
                priority() == null ? Change.absent() : set(fields, "priority", priority()), set(fields, "assignee", assignees()), Change.absent(),
                set(fields, "parent", parentId), set(fields, "startDate", date("startDate")),
                set(fields, "dueDate", date("dueDate")), set(fields, "estimateMinutes", estimate()),
                set(fields, "labels", strings("labels")), customFields() == null ? Change.absent()
                : Change.to(customFields()));
    }

    private static <T> Change<T> set(List<String> fields, String field, T value) {
        return fields.contains(field) ? Change.to(value) : Change.absent();
    }

    private Priority priority() {
        return row.get("priority") == null ? null : Priority.valueOf((String) row.get("priority"));
    }

    private List<UUID> assignees() {
        return strings("assigneeIds").stream().map(UUID::fromString).toList();
    }

    private LocalDate date(String field) {
        return row.get(field) == null ? null : LocalDate.parse((String) row.get(field));
    }

    private Long estimate() {
        return row.get("estimateMinutes") == null ? null : ((Number) row.get("estimateMinutes")).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String field) {
        return row.get(field) == null ? List.of() : (List<String>) row.get(field);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> customFields() {
        return (Map<String, Object>) row.get("customFields");
    }
}
