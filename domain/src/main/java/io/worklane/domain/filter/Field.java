package io.worklane.domain.filter;

import io.worklane.domain.workitem.WorkItem;
import java.util.function.Function;

/** A field a filter can name: its canonical name, what it holds, and how to read it from an item. */
record Field(String name, FieldKind kind, Function<WorkItem, Object> reader) {
    Object read(WorkItem item) {
        return reader.apply(item);
    }

    static Field custom(String key) {
        return new Field(FilterFields.CUSTOM_PREFIX + key, FieldKind.DYNAMIC,
                item -> item.customFields() == null ? null : item.customFields().get(key));
    }
}
