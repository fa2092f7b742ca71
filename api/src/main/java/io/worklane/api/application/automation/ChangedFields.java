package io.worklane.api.application.automation;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.workitem.WorkItem;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** What an edit changed, in the filter language's names: what FIELD_CHANGED triggers watch. */
public final class ChangedFields {
    private static final Map<String, Function<WorkItem, Object>> BUILT_IN = new LinkedHashMap<>();

    static {
        BUILT_IN.put("title", WorkItem::title);
        BUILT_IN.put("description", WorkItem::description);
        BUILT_IN.put("status", WorkItem::status);
        BUILT_IN.put("priority", WorkItem::priority);
        BUILT_IN.put("type", WorkItem::type);
        BUILT_IN.put("assignees", WorkItem::assigneeIds);
        BUILT_IN.put("reporter", WorkItem::reporterId);
        BUILT_IN.put("parent", WorkItem::parentId);
        BUILT_IN.put("labels", WorkItem::labels);
        BUILT_IN.put("startDate", WorkItem::startDate);
        BUILT_IN.put("dueDate", WorkItem::dueDate);
        BUILT_IN.put("estimateMinutes", WorkItem::estimateMinutes);
        BUILT_IN.put("completedAt", WorkItem::completedAt);
        BUILT_IN.put("team", WorkItem::teamId);
    }

    private ChangedFields() {
    }

    /** The fields whose value differs, and {@code customFields.<key>} for each custom value that does. */
    public static Set<String> between(WorkItem before, WorkItem after) {
        Set<String> changed = new LinkedHashSet<>();
        BUILT_IN.forEach((name, read) -> {
            if (!Objects.equals(read.apply(before), read.apply(after))) {
                changed.add(name);
            }
        });
        Set<String> keys = new LinkedHashSet<>(before.customFields().keySet());
        keys.addAll(after.customFields().keySet());
        keys.stream().filter(k -> !Objects.equals(before.customFields().get(k), after.customFields().get(k)))
                .forEach(k -> changed.add(FilterFields.CUSTOM_PREFIX + k));
        return changed;
    }

    /** What a saved edit changed: {@link #between} and updatedAt, which every saved edit moves. */
    public static Set<String> edited(WorkItem before, WorkItem after) {
        Set<String> changed = between(before, after);
        changed.add("updatedAt");
        return changed;
    }
}
