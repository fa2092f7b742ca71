package io.worklane.domain.view;

import io.worklane.domain.analytics.AggregateQuery;
import io.worklane.domain.analytics.Dimension;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.Validation;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.List;

/**
 * What a saved view shows: a name, who sees it, a filter in the text form of the list filter language
 * (ADR 0050), a sort in the list sort syntax (ADR 0052), the columns and grouping a front end shows, and its
 * layout. {@link #validated()} refuses a filter that does not parse (400 INVALID_FILTER, with its position),
 * a sort that names no sort key (400 INVALID_SORT), a column that is no field (400 INVALID_COLUMN, naming
 * the fields) and a grouping the aggregate could not group by (400 INVALID_GROUP_BY), so that a front end can
 * hand a view's columns to the list and export and its grouping to {@code …/work-items/aggregate?groupBy=}.
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
                .require(columns.stream().allMatch(ViewColumns::isColumn), "columns", "INVALID_COLUMN",
                        "each column is a field of the list filter or sort ("
                                + String.join(", ", ViewColumns.names()) + ") or customFields.<key>; unknown: "
                                + String.join(", ", columns.stream().filter(c -> !ViewColumns.isColumn(c)).toList()))
                .require(columns.stream().distinct().count() == columns.size(), "columns", "DUPLICATE",
                        "each column once");
        v.orThrow();
        groupingDimension();
        expression();
        sortOrder();
        return this;
    }

    /** The grouping as an aggregate dimension (400 INVALID_GROUP_BY on {@code grouping} otherwise); null for none. */
    public Dimension groupingDimension() {
        if (grouping == null) {
            return null;
        }
        List<Dimension> dimensions = AggregateQuery.parse(grouping, null, "grouping", "grouping").groupBy();
        if (dimensions.size() != 1) {
            String message = "one dimension to group by, e.g. status or dueDate:week";
            throw new DomainException(ErrorCode.INVALID_GROUP_BY, "grouping: " + message,
                    List.of(new FieldError("grouping", ErrorCode.INVALID_GROUP_BY.name(), message)));
        }
        return dimensions.get(0);
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
