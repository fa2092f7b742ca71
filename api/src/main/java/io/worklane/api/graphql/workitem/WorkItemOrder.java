package io.worklane.api.graphql.workitem;

import org.eclipse.microprofile.graphql.Description;

import io.worklane.domain.workitem.WorkItemSort;

/** Orders of a work item list; each ends with the id, so pages never skip or repeat an item. */
@Description("The order of a work item list: by creation or last change, ascending or descending, or RANK "
        + "(the board's manual order, see rankWorkItem).")
public enum WorkItemOrder {
    CREATED_AT_ASC(WorkItemSort.CREATED_ASC), CREATED_AT_DESC(WorkItemSort.CREATED_DESC),
    UPDATED_AT_ASC(WorkItemSort.UPDATED_ASC), UPDATED_AT_DESC(WorkItemSort.UPDATED_DESC),
    /** The manual order of boards (rankWorkItem). */
    RANK(WorkItemSort.parse("rank"));

    private final WorkItemSort sort;

    WorkItemOrder(WorkItemSort sort) {
        this.sort = sort;
    }

    static WorkItemSort of(WorkItemOrder order) {
        return order == null ? WorkItemSort.CREATED_DESC : order.sort;
    }

    /** {@code sort} (REST's text form) when given, else the enum's order. */
    static WorkItemSort of(WorkItemOrder order, String sort) {
        return sort != null ? WorkItemSort.parse(sort) : of(order);
    }
}
