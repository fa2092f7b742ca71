package io.worklane.api.graphql.workitem;

import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.api.graphql.shared.InputIds;
import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Description("Filters of a work item list; fields left null match any item, the fields set all hold. A project or "
        + "parent that does not exist matches nothing. where, condition, and, or and not form a tree in the filter "
        + "language (ADR 0050); nested filters use only those five.")
@Input("WorkItemFilter")
public class WorkItemFilter {
    @Description("A project key or id. Ignored inside Project.workItems.")
    public String project;
    @Description("A workflow state key, e.g. in_progress.")
    public String status;
    @Id
    @Description("A member id: items assigned to them.")
    public String assignee;
    @Description("Only items carrying this label.")
    public String label;
    @Description("A work item key or id: its direct children.")
    public String parent;
    @Description("Items changed at or after this moment.")
    public Instant updatedSince;
    @Description("Text that the title contains (case-insensitive).")
    public String q;
    @Description("Only items of this type, e.g. MILESTONE.")
    public io.worklane.domain.workitem.WorkItemType type;
    @Description("A filter expression, e.g. \"priority >= HIGH AND (assignee = me OR labels CONTAINS customer)\": "
            + "the text form of the language (see the REST filter parameter). A bad one is the error INVALID_FILTER "
            + "with the position and what was expected there.")
    public String where;
    @Description("One comparison of a field.")
    public FilterCondition condition;
    @Description("Every one of these filters holds.")
    public java.util.List<@org.eclipse.microprofile.graphql.NonNull WorkItemFilter> and;
    @Description("At least one of these filters holds.")
    public java.util.List<@org.eclipse.microprofile.graphql.NonNull WorkItemFilter> or;
    @Description("This filter does not hold.")
    public WorkItemFilter not;

    boolean hasFlatFields() {
        return project != null || status != null || assignee != null || label != null || parent != null
                || updatedSince != null || q != null || type != null;
    }

    /** The list's criteria of this filter (aggregates and analytics filter as workItems(filter:) does). */
    public static WorkItemQueries.Criteria criteriaOf(WorkItemFilter f) {
        return criteria(f, true);
    }

    static WorkItemQueries.Criteria criteria(WorkItemFilter f, boolean withProject) {
        if (f == null) {
            return new WorkItemQueries.Criteria(null, null, null, null, null, null, null);
        }
        return new WorkItemQueries.Criteria(withProject ? f.project : null, f.status,
                InputIds.uuid(f.assignee, "filter.assignee"), f.label, f.parent, f.updatedSince, f.q, f.type)
                .where(FilterTexts.of(f, "filter"), "filter");
    }
}
