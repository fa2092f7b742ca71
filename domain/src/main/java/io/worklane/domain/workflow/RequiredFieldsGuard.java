package io.worklane.domain.workflow;

import io.worklane.domain.workitem.Priority;
import io.worklane.domain.workitem.WorkItem;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The item must have these fields filled: {@code {"type":"REQUIRED_FIELDS","fields":["dueDate","assignees"]}}.
 * A priority of NONE, an empty list, and blank text count as empty. A custom field counts as filled when it
 * has any value other than null, blank text or an empty list, so a CHECKBOX set to false is filled.
 */
public record RequiredFieldsGuard(List<String> fields) implements Guard {
    public static final Set<String> ITEM_FIELDS = Set.of("title", "description", "priority", "assignees",
            "reporter", "parent", "startDate", "dueDate", "estimateMinutes", "labels");
    private static final String CUSTOM_PREFIX = "customFields.";
    /** Whether the key exists in the project is the application's check; here only its shape. */
    private static final Pattern CUSTOM_FIELD = Pattern.compile("^customFields\\.[a-z][a-z0-9_]{0,39}$");

    public RequiredFieldsGuard {
        fields = Copies.of(fields);
    }

    public static boolean isKnownField(String field) {
        return field != null && (ITEM_FIELDS.contains(field) || CUSTOM_FIELD.matcher(field).matches());
    }

    @Override
    public GuardType type() {
        return GuardType.REQUIRED_FIELDS;
    }

    @Override
    public GuardResult evaluate(GuardContext context) {
        List<String> empty = fields.stream().filter(f -> !isFilled(context.item(), f)).toList();
        return empty.isEmpty()
                ? GuardResult.pass(type(), "All required fields are filled.")
                : GuardResult.fail(type(), "Fill in " + Sentences.and(empty) + " first.");
    }

    private static boolean isFilled(WorkItem item, String field) {
        return switch (field) {
            case "title" -> hasText(item.title());
            case "description" -> hasText(item.description());
            case "priority" -> item.priority() != null && item.priority() != Priority.NONE;
            case "assignees" -> !item.assigneeIds().isEmpty();
            case "reporter" -> item.reporterId() != null;
            case "parent" -> item.parentId() != null;
            case "startDate" -> item.startDate() != null;
            case "dueDate" -> item.dueDate() != null;
            case "estimateMinutes" -> item.estimateMinutes() != null;
            case "labels" -> !item.labels().isEmpty();
            default -> field.startsWith(CUSTOM_PREFIX)
                    && hasValue(customFields(item).get(field.substring(CUSTOM_PREFIX.length())));
        };
    }

    private static Map<String, Object> customFields(WorkItem item) {
        return item.customFields() == null ? Map.of() : item.customFields();
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private static boolean hasValue(Object value) {
        if (value instanceof String s) {
            return hasText(s);
        }
        if (value instanceof Collection<?> c) {
            return !c.isEmpty();
        }
        return value != null;
    }
}
