package io.worklane.domain.view;

import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns a saved view may show: the fields the list filter and sort know, and custom fields
 * ({@code customFields.<key>}, whose definition may come and go: a view naming a deleted one still runs).
 */
final class ViewColumns {
    private static final List<String> NAMES;
    private static final Set<String> LOWER = new java.util.HashSet<>();

    static {
        Set<String> names = new LinkedHashSet<>(List.of("id", "key"));
        names.addAll(FilterFields.forLists());
        names.addAll(WorkItemSort.FIELDS);
        NAMES = List.copyOf(names);
        NAMES.forEach(n -> LOWER.add(n.toLowerCase(Locale.ROOT)));
    }

    private ViewColumns() {
    }

    static List<String> names() {
        return NAMES;
    }

    static boolean isColumn(String column) {
        if (column == null) {
            return false;
        }
        return LOWER.contains(column.toLowerCase(Locale.ROOT)) || column.startsWith(FilterFields.CUSTOM_PREFIX)
                && FilterFields.isCustomKey(column.substring(FilterFields.CUSTOM_PREFIX.length()));
    }
}
