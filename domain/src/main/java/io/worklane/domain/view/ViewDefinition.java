package io.worklane.domain.view;

import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.List;

/**
 * What a saved view shows: a name, who sees it, a filter in the text form of the list filter language
 * (ADR 0050), a sort in the list sort syntax (ADR 0052), the columns and grouping a front end shows, and its
 * layout. {@link #validated()} refuses a filter that does not parse (400 INVALID_FILTER, with its position)
 * and a sort that names no sort key (400 INVALID_SORT).
 */
public record ViewDefinition(String name, ViewSharing sharing, String filter, String sort, List<String> columns,
                             String grouping, ViewLayout layout) {
    public static final int MAX_COLUMNS = 50;

    public ViewDefinition {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public ViewDefinition validated() {
        Validation v = new Validation().text(name, "name", 1, 200)
                .require(sharing != null, "shared", "REQUIRED", "must be WORKSPACE or PRIVATE")
                .require(layout != null, "layout", "REQUIRED", "must be LIST, BOARD, TABLE, TIMELINE or CALENDAR")
                .require(columns.size() <= MAX_COLUMNS, "columns", "TOO_MANY", "at most " + MAX_COLUMNS + " columns")
                .require(columns.stream().allMatch(c -> c != null && !c.isBlank() && c.length() <= 100), "columns",
                        "INVALID_COLUMN", "each column is a field name of 1 to 100 characters")
                .require(grouping == null || !grouping.isBlank() && grouping.length() <= 100, "grouping",
                        "INVALID_GROUPING", "is a field name of 1 to 100 characters, or absent");
        v.orThrow();
        expression();
        sortOrder();
        return this;
    }

    /** The parsed filter; null for a view of every item. */
    public FilterExpression expression() {
        return filter == null || filter.isBlank() ? null : FilterExpression.parseForList(filter, "filter");
    }

    /** The parsed sort (newest first when none is given). */
    public WorkItemSort sortOrder() {
        return WorkItemSort.parse(sort == null || sort.isBlank() ? null : sort);
    }
}
