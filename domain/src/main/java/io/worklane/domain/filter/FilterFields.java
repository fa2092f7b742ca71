package io.worklane.domain.filter;

import io.worklane.domain.project.CustomField;
import io.worklane.domain.workitem.WorkItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The work item fields a filter can name, in the filter language's spelling. Automation rules
 * reuse the list for "field changed" triggers. Names are matched without regard to case.
 */
public final class FilterFields {
    public static final String CUSTOM_PREFIX = "customFields.";
    private static final Map<String, Field> BUILT_IN = new LinkedHashMap<>();

    static {
        add("key", FieldKind.TEXT, WorkItem::key);
        add("title", FieldKind.TEXT, WorkItem::title);
        add("description", FieldKind.TEXT, WorkItem::description);
        add("status", FieldKind.TEXT, WorkItem::status);
        add("priority", FieldKind.PRIORITY, WorkItem::priority);
        add("type", FieldKind.ITEM_TYPE, WorkItem::type);
        add("assignees", FieldKind.ID_LIST, WorkItem::assigneeIds);
        add("reporter", FieldKind.ID, WorkItem::reporterId);
        add("parent", FieldKind.ID, WorkItem::parentId);
        add("labels", FieldKind.TEXT_LIST, WorkItem::labels);
        add("startDate", FieldKind.DATE, WorkItem::startDate);
        add("dueDate", FieldKind.DATE, WorkItem::dueDate);
        add("estimateMinutes", FieldKind.NUMBER, w -> w.estimateMinutes() == null ? null
                : BigDecimal.valueOf(w.estimateMinutes()));
        add("createdAt", FieldKind.DATE, w -> utcDate(w.createdAt()));
        add("updatedAt", FieldKind.DATE, w -> utcDate(w.updatedAt()));
        add("completedAt", FieldKind.DATE, w -> utcDate(w.completedAt()));
    }

    private FilterFields() {
    }

    /** The built-in field names, in a stable order. */
    public static List<String> builtIn() {
        return BUILT_IN.values().stream().map(Field::name).toList();
    }

    /** True for a built-in name as spelled in {@link #builtIn()} or {@code customFields.<key>} with a valid key. */
    public static boolean isKnown(String name) {
        return name != null && (builtIn().contains(name)
                || name.startsWith(CUSTOM_PREFIX) && isCustomKey(name.substring(CUSTOM_PREFIX.length())));
    }

    public static boolean isCustomKey(String key) {
        return CustomField.KEY.matcher(key).matches();
    }

    /** The field a filter names, or null; the custom prefix and built-in names ignore case. */
    static Field find(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CUSTOM_PREFIX.toLowerCase(Locale.ROOT))) {
            return Field.custom(name.substring(CUSTOM_PREFIX.length()));
        }
        return BUILT_IN.get(lower);
    }

    static String known() {
        return String.join(", ", builtIn()) + ", " + CUSTOM_PREFIX + "<key>";
    }

    private static void add(String name, FieldKind kind, Function<WorkItem, Object> reader) {
        BUILT_IN.put(name.toLowerCase(Locale.ROOT), new Field(name, kind, reader));
    }

    /** Timestamps compare by their UTC date, the same calendar as "today". */
    private static LocalDate utcDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
