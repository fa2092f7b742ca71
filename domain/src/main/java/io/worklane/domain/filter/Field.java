package io.worklane.domain.filter;

import io.worklane.domain.workitem.WorkItem;
import java.util.function.BiFunction;

/** A field a filter can name: its canonical name, what it holds, and how to read it from an item. */
public record Field(String name, FieldKind kind, BiFunction<WorkItem, FilterContext, Object> reader) {
    Object read(WorkItem item, FilterContext context) {
        return reader.apply(item, context);
    }

    /** The key of a custom field ({@code customFields.<key>}), or null for a built-in one. */
    public String customKey() {
        return kind == FieldKind.DYNAMIC ? name.substring(FilterFields.CUSTOM_PREFIX.length()) : null;
    }

    static Field custom(String key) {
        return new Field(FilterFields.CUSTOM_PREFIX + key, FieldKind.DYNAMIC,
                (item, c) -> item.customFields() == null ? null : item.customFields().get(key));
    }
}
