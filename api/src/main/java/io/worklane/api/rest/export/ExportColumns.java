package io.worklane.api.rest.export;

import io.worklane.domain.workitem.WorkItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The columns of an export (docs/exports.md): the item's own fields in a fixed order, then one
 * {@code customFields.<key>} per custom field key of the workspace. Values stay typed here (UUID,
 * enum, LocalDate, Instant, Long, List, the money map): each format renders them.
 */
final class ExportColumns {
    static final String CUSTOM = "customFields.";
    private static final List<Column> FIXED = List.of(
            col("id", (w, p) -> w.id()), col("key", (w, p) -> w.key()), col("projectKey", (w, p) -> w.projectKey()),
            col("type", (w, p) -> w.type()), col("title", (w, p) -> w.title()),
            col("description", (w, p) -> w.description()), col("status", (w, p) -> w.status()),
            col("priority", (w, p) -> w.priority()), col("assigneeIds", (w, p) -> w.assigneeIds()),
            col("reporterId", (w, p) -> w.reporterId()),
            col("parentKey", (w, p) -> w.parentId() == null ? null : p.get(w.parentId())),
            col("startDate", (w, p) -> w.startDate()), col("dueDate", (w, p) -> w.dueDate()),
            col("estimateMinutes", (w, p) -> w.estimateMinutes()), col("labels", (w, p) -> w.labels()),
            col("createdAt", (w, p) -> w.createdAt()), col("updatedAt", (w, p) -> w.updatedAt()),
            col("completedAt", (w, p) -> w.completedAt()), col("version", (w, p) -> w.version()));

    private final List<String> customKeys;

    private record Column(String name, BiFunction<WorkItem, Map<UUID, String>, Object> value) {
    }

    ExportColumns(List<String> customKeys) {
        this.customKeys = List.copyOf(customKeys);
    }

    List<String> names() {
        List<String> names = new ArrayList<>(FIXED.size() + customKeys.size());
        FIXED.forEach(c -> names.add(c.name()));
        customKeys.forEach(k -> names.add(CUSTOM + k));
        return names;
    }

    /** One row, in the order of {@link #names()}; null where the item has no value. */
    List<Object> values(WorkItem item, Map<UUID, String> parentKeys) {
        List<Object> row = new ArrayList<>(FIXED.size() + customKeys.size());
        FIXED.forEach(c -> row.add(c.value().apply(item, parentKeys)));
        customKeys.forEach(k -> row.add(item.customFields().get(k)));
        return row;
    }

    private static Column col(String name, BiFunction<WorkItem, Map<UUID, String>, Object> value) {
        return new Column(name, value);
    }
}
