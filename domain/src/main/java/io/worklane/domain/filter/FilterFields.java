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
    /** Fields of list filters beside the built-in ones, and built-in ones that lists read more widely (keys, me). */
    private static final Map<String, Field> LISTS = new LinkedHashMap<>();

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
        list("assignee", FieldKind.MEMBER_LIST, (w, c) -> w.assigneeIds());
        list("assignees", FieldKind.MEMBER_LIST, (w, c) -> w.assigneeIds());
        list("reporter", FieldKind.MEMBER, (w, c) -> w.reporterId());
        list("parent", FieldKind.ITEM, (w, c) -> w.parentId());
        list("project", FieldKind.PROJECT, (w, c) -> w.projectId());
        list("phase", FieldKind.ID, (w, c) -> w.phaseId());
        list("team", FieldKind.ID, (w, c) -> w.teamId());
        list("milestone", FieldKind.ITEM_LIST, (w, c) -> c.milestones(w));
        list("statusCategory", FieldKind.CATEGORY, (w, c) -> c.statusCategory(w));
        list("overdue", FieldKind.BOOLEAN, FilterFields::overdue);
        list("blocked", FieldKind.BOOLEAN, (w, c) -> c.blocked(w));
        list("text", FieldKind.SEARCH, (w, c) -> java.util.stream.Stream.of(w.title(), w.description())
                .filter(java.util.Objects::nonNull).toList());
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

    /** The fields list filters may name beyond custom fields, in a stable order. */
    public static List<String> forLists() {
        Map<String, Field> all = new LinkedHashMap<>(BUILT_IN);
        all.putAll(LISTS);
        return all.values().stream().map(Field::name).toList();
    }

    /** The field a filter names, or null; the custom prefix and built-in names ignore case. */
    static Field find(String name, boolean list) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith(CUSTOM_PREFIX.toLowerCase(Locale.ROOT))) {
            return Field.custom(name.substring(CUSTOM_PREFIX.length()));
        }
        Field wide = list ? LISTS.get(lower) : null;
        return wide != null ? wide : BUILT_IN.get(lower);
    }

    static String known(boolean list) {
        return String.join(", ", list ? forLists() : builtIn()) + ", " + CUSTOM_PREFIX + "<key>";
    }

    private static void list(String name, FieldKind kind, java.util.function.BiFunction<WorkItem, FilterContext, Object> reader) {
        LISTS.put(name.toLowerCase(Locale.ROOT), new Field(name, kind, reader));
    }

    /** Due before today and not finished (done or cancelled); an item in an unknown state is not finished. */
    private static Object overdue(WorkItem w, FilterContext c) {
        var category = c.statusCategory(w);
        return w.dueDate() != null && w.dueDate().isBefore(c.today()) && (category == null || !category.isFinished());
    }

    private static void add(String name, FieldKind kind, Function<WorkItem, Object> reader) {
        BUILT_IN.put(name.toLowerCase(Locale.ROOT), new Field(name, kind, (w, c) -> reader.apply(w)));
    }

    /** Timestamps compare by their UTC date, the same calendar as "today". */
    private static LocalDate utcDate(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
