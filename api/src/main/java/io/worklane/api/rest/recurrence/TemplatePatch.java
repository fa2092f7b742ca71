package io.worklane.api.rest.recurrence;

import io.worklane.api.rest.shared.MergePatch;
import io.worklane.domain.recurrence.RecurrenceTemplate;
import io.worklane.domain.shared.Change;
import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItemType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** A JSON Merge Patch of a series' template: each field present replaces the current one. */
final class TemplatePatch {
    private static final Set<String> FIELDS = Set.of("title", "description", "type", "priority", "assigneeIds",
            "labels", "customFields", "estimateMinutes", "dueInDays");

    private TemplatePatch() {
    }

    static UnaryOperator<RecurrenceTemplate> of(Map<String, Object> body) {
        MergePatch p = MergePatch.of(body, FIELDS);
        Change<String> title = p.requiredText("title");
        Change<String> description = p.text("description");
        Change<WorkItemType> type = p.nullableEnum("type", WorkItemType.class);
        Change<Priority> priority = p.nullableEnum("priority", Priority.class);
        Change<List<UUID>> assignees = p.uuids("assigneeIds");
        Change<List<String>> labels = p.strings("labels");
        Change<Map<String, Object>> customFields = p.object("customFields");
        Change<Long> estimate = p.integer("estimateMinutes");
        Change<Long> dueInDays = p.integer("dueInDays");
        p.check();
        return t -> new RecurrenceTemplate(title.or(t.title()), description.or(t.description()), type.or(t.type()),
                priority.or(t.priority()), assignees.or(t.assigneeIds()), labels.or(t.labels()),
                customFields.or(t.customFields()), estimate.or(t.estimateMinutes()),
                dueInDays.present() ? (dueInDays.value() == null ? null : (int) Math.max(-1, Math.min(dueInDays.value(),
                        Integer.MAX_VALUE))) : t.dueInDays());
    }
}
