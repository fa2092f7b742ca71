package io.worklane.api.application.view;

import io.worklane.api.application.project.ProjectAccess;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.filter.FilterFields;
import io.worklane.domain.project.CustomFieldType;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.view.SavedView;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Running a saved view: its filter and sort over the workspace's items, as the work item list runs them
 * (one statement per page, plus the custom field definitions when the view names a custom field). A view
 * saved when a custom field existed still answers once the field is gone: conditions on it match nothing
 * (as for any item without the field), ordering by it puts nothing first, and a warning says so.
 */
@ApplicationScoped
public class ViewRuns {
    private final ProjectAccess projectAccess;
    private final ViewQueries queries;
    private final WorkItems workItems;
    private final CustomFields customFields;

    public ViewRuns(ViewQueries queries, WorkItems workItems, CustomFields customFields, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.queries = queries;
        this.workItems = workItems;
        this.customFields = customFields;
    }

    /** A page of a view's items and what the caller should know about its definition. */
    public record Run(SavedView view, Page<WorkItem> items, List<String> warnings) {
    }

    public Uni<Run> run(Caller caller, String wsRef, String viewRef, PageRequest page) {
        return queries.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .chain(ws -> queries.find(caller, ws, viewRef)).chain(view -> run(caller, view, page));
    }

    /** GraphQL's View.items: the view is already read and checked. */
    public Uni<Run> run(Caller caller, SavedView view, PageRequest page) {
        Access.require(caller, view.workspaceId(), Scope.WORK_ITEMS_READ);
        FilterExpression expression = view.definition().expression();
        WorkItemSort sort = view.definition().sortOrder();
        Set<String> named = customKeys(expression, sort);
        Uni<List<String>> warnings = named.isEmpty() ? Uni.createFrom().item(List.of())
                : customFields.typesInWorkspace(view.workspaceId()).map(types -> warnings(expression, named, types));
        var grant = caller.grants().get(view.workspaceId());
        UUID me = grant == null ? null : grant.memberId();
        WorkItemFilter filter = expression == null ? WorkItemFilter.ANY : WorkItemFilter.ANY.matching(expression, me);
        return warnings.chain(w -> projectAccess.sight(caller, view.workspaceId())
                .chain(sight -> workItems.list(view.workspaceId(), filter.hiding(sight.hidden()), sort, page))
                .map(items -> new Run(view, items, w)));
    }

    /** The custom fields the filter and the sort name. */
    private static Set<String> customKeys(FilterExpression expression, WorkItemSort sort) {
        Set<String> keys = new LinkedHashSet<>();
        if (expression != null) {
            expression.fields().stream().filter(f -> f.startsWith(FilterFields.CUSTOM_PREFIX))
                    .forEach(f -> keys.add(f.substring(FilterFields.CUSTOM_PREFIX.length())));
        }
        keys.addAll(sort.customKeys());
        return keys;
    }

    private static List<String> warnings(FilterExpression expression, Set<String> named,
                                         Map<String, Set<CustomFieldType>> types) {
        List<String> out = new ArrayList<>();
        named.stream().filter(key -> !types.containsKey(key)).forEach(key -> out.add("customFields." + key
                + " is no longer defined in this workspace: conditions on it match no item and ordering by it"
                + " changes nothing. Update the view's filter and sort."));
        if (out.isEmpty() && expression != null) {
            try {
                expression.checkCustomFields(types, "filter");
            } catch (DomainException e) {
                out.add(e.getMessage() + " (the field changed type since the view was saved: such conditions match"
                        + " no item). Update the view's filter.");
            }
        }
        return out;
    }
}
