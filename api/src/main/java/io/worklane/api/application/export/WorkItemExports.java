package io.worklane.api.application.export;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import io.worklane.domain.workspace.Workspace;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Exports of work items (ADR 0074): the list's checks once, before the first byte, then keyset pages
 * read one after the other while the file is written, so that memory does not grow with the rows.
 * No transaction spans the pages: each page is consistent, and an item changed meanwhile appears at
 * most once (the keyset never repeats an id).
 */
@ApplicationScoped
public class WorkItemExports {
    /** Rows read per statement: large enough that round trips do not dominate, small enough to stay a few MB. */
    static final int PAGE_ROWS = 500;
    private final Access access;
    private final WorkItemQueries queries;
    private final WorkItems workItems;
    private final CustomFields customFields;

    /** What is exported: checked and resolved, with the custom field keys that become columns. */
    public record Export(Workspace workspace, WorkItemFilter filter, WorkItemSort sort, List<String> customFieldKeys) {
    }

    /** One page of rows with the keys of their parents, and where the next page starts (null: none). */
    public record Rows(List<WorkItem> items, Map<UUID, String> parentKeys, Cursor next) {
    }

    public WorkItemExports(Access access, WorkItemQueries queries, WorkItems workItems, CustomFields customFields) {
        this.access = access;
        this.queries = queries;
        this.workItems = workItems;
        this.customFields = customFields;
    }

    /** Refuses what the list refuses (404 workspace, 403 scope, 400 filter or sort) before anything is written. */
    public Uni<Export> open(Caller caller, String wsRef, String filter, String sortToken) {
        WorkItemSort sort = WorkItemSort.parse(sortToken);
        WorkItemQueries.Criteria criteria = new WorkItemQueries.Criteria(null, null, null, null, null, null, null)
                .where(filter, "filter");
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ)
                .call(ws -> queries.checked(ws.id(), sort))
                .chain(ws -> queries.resolve(ws.id(), criteria, caller).chain(resolved -> withColumns(ws, resolved, sort)));
    }

    /** The export with the workspace's custom field keys as its extra columns, in key order. */
    private Uni<Export> withColumns(Workspace ws, WorkItemFilter filter, WorkItemSort sort) {
        return customFields.typesInWorkspace(ws.id())
                .map(types -> new Export(ws, filter, sort, List.copyOf(new TreeSet<>(types.keySet()))));
    }

    /** The page after {@code after} (null: the first), with its parents' keys: two statements. */
    public Uni<Rows> page(Export export, Cursor after) {
        return workItems.list(export.workspace().id(), export.filter(), export.sort(), new PageRequest(PAGE_ROWS, after))
                .chain(page -> queries.parentKeys(page.items()).map(keys -> new Rows(page.items(), keys,
                        page.nextCursor() == null ? null : Cursor.decode(page.nextCursor(), export.sort().token()))));
    }
}
