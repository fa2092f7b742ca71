package io.worklane.api.application.workitem;

import io.worklane.domain.workitem.Comment;
import io.worklane.domain.workitem.WorkItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Event payloads of work items and comments, as the REST API shows them. */
public final class WorkItemData {
    private WorkItemData() {
    }

    public static Map<String, Object> of(WorkItem w) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", w.id().toString());
        m.put("key", w.key());
        m.put("projectId", w.projectId().toString());
        m.put("type", w.type().name());
        m.put("title", w.title());
        m.put("description", w.description());
        m.put("status", w.status());
        m.put("priority", w.priority().name());
        m.put("assigneeIds", w.assigneeIds().stream().map(Object::toString).toList());
        m.put("reporterId", text(w.reporterId()));
        m.put("parentId", text(w.parentId()));
        m.put("startDate", text(w.startDate()));
        m.put("dueDate", text(w.dueDate()));
        m.put("estimateMinutes", w.estimateMinutes());
        m.put("labels", w.labels());
        m.put("customFields", w.customFields());
        m.put("phaseId", text(w.phaseId()));
        m.put("teamId", text(w.teamId()));
        m.put("version", w.version());
        m.put("createdAt", text(w.createdAt()));
        m.put("updatedAt", w.updatedAt().toString());
        m.put("completedAt", text(w.completedAt()));
        return m;
    }

    public static Map<String, Object> of(Comment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id().toString());
        m.put("workItemId", c.workItemId().toString());
        m.put("body", c.body());
        m.put("authorKind", c.author().kind().name());
        m.put("authorId", c.author().id());
        m.put("version", c.version());
        return m;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
