package io.worklane.persistence.webhook;

import io.worklane.domain.webhook.OutboxEvent;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.persistence.shared.Json;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The work item a {@code work_item.*} event carries (its data, as {@code WorkItemData} writes it), for
 * subscription filters. Fields an older event lacks are empty; data that is not an item's gives null,
 * so a filtered subscription never receives it rather than failing the fan-out.
 */
final class EventItems {
    private EventItems() {
    }

    static WorkItem of(String type, UUID workspaceId, String dataJson) {
        if (!OutboxEvent.isAboutWorkItem(type) || dataJson == null) {
            return null;
        }
        try {
            return item(workspaceId, Json.map(dataJson));
        } catch (RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static WorkItem item(UUID workspaceId, Map<String, Object> d) {
        String key = (String) d.get("key");
        int dash = key.lastIndexOf('-');
        Object estimate = d.get("estimateMinutes");
        Object fields = d.get("customFields");
        return new WorkItem(uuid(d.get("id")), workspaceId, uuid(d.get("projectId")), key.substring(0, dash),
                Long.parseLong(key.substring(dash + 1)), WorkItemType.valueOf((String) d.get("type")),
                (String) d.get("title"), (String) d.get("description"), (String) d.get("status"),
                Priority.valueOf((String) d.get("priority")), uuids(d.get("assigneeIds")), uuid(d.get("reporterId")),
                uuid(d.get("parentId")), date(d.get("startDate")), date(d.get("dueDate")),
                estimate == null ? null : ((Number) estimate).longValue(), strings(d.get("labels")),
                fields instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of(),
                d.get("version") instanceof Number n ? n.longValue() : 0, instant(d.get("createdAt")),
                instant(d.get("updatedAt")), instant(d.get("completedAt")), uuid(d.get("phaseId")), null, null,
                uuid(d.get("teamId")));
    }

    private static UUID uuid(Object value) {
        return value == null ? null : UUID.fromString(value.toString());
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    private static Instant instant(Object value) {
        return value == null ? null : Instant.parse(value.toString());
    }

    private static List<UUID> uuids(Object value) {
        return value instanceof List<?> l ? l.stream().map(EventItems::uuid).toList() : List.of();
    }

    private static List<String> strings(Object value) {
        return value instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of();
    }
}
