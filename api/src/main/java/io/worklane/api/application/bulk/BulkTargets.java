package io.worklane.api.application.bulk;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.bulk.BulkItemChange.BulkTarget;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.workitem.WorkItemQueries;
import io.worklane.domain.shared.Cursor;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The items a bulk change acts on, found before anything changes: keys of the workspace (a key it does not
 * have is 404 for the whole request, naming each such key: nothing is changed), or what a filter expression
 * matches now, oldest first, read page by page as the list reads it.
 */
@ApplicationScoped
class BulkTargets {
    /** The most items one bulk change acts on; larger changes are split by the caller (filters by project…). */
    static final int MAX_ITEMS = 100_000;
    static final int MAX_KEYS = 10_000;
    private final WorkItems workItems;
    private final WorkItemQueries queries;

    BulkTargets(WorkItems workItems, WorkItemQueries queries) {
        this.workItems = workItems;
        this.queries = queries;
    }

    Uni<List<BulkTarget>> of(Caller caller, UUID workspaceId, BulkRequest r) {
        boolean byKeys = r.keys() != null;
        if (byKeys == (r.filter() != null)) {
            throw DomainException.validation(List.of(new FieldError(byKeys ? "filter" : "keys", "INVALID_SELECTION",
                    "name the items either by keys ([\"ENG-1\", …]) or by a filter (\"status = 'todo'\"), one of the two")));
        }
        return byKeys ? keys(workspaceId, r.keys()) : filtered(caller, workspaceId, r.filter());
    }

    private Uni<List<BulkTarget>> keys(UUID workspaceId, List<String> keys) {
        if (keys.isEmpty() || keys.size() > MAX_KEYS || keys.stream().anyMatch(k -> k == null || k.isBlank())) {
            throw DomainException.validation(List.of(new FieldError("keys", "OUT_OF_RANGE",
                    "give 1 to " + MAX_KEYS + " keys or ids (no blank one); for more, use a filter")));
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(keys));
        return Multi.createFrom().iterable(distinct)
                .onItem().transformToUniAndConcatenate(key -> workItems.find(workspaceId, key)
                        .map(found -> new Found(key, found)))
                .collect().asList()
                .map(found -> {
                    List<String> missing = found.stream().filter(f -> f.item().isEmpty()).map(Found::ref).toList();
                    if (!missing.isEmpty()) {
                        throw new DomainException(ErrorCode.WORK_ITEM_NOT_FOUND, "This workspace has no work item "
                                + String.join(", ", missing.subList(0, Math.min(20, missing.size())))
                                + (missing.size() > 20 ? " (and " + (missing.size() - 20) + " more)" : "")
                                + ". Nothing was changed; send the request again without them.");
                    }
                    return found.stream().map(f -> target(f.item().get())).distinct().toList();
                });
    }

    private record Found(String ref, Optional<WorkItem> item) {
    }

    private Uni<List<BulkTarget>> filtered(Caller caller, UUID workspaceId, String filter) {
        var criteria = new WorkItemQueries.Criteria(null, null, null, null, null, null, null).where(filter, "filter");
        return queries.resolve(workspaceId, criteria, caller).chain(f -> pages(workspaceId, f));
    }

    private Uni<List<BulkTarget>> pages(UUID workspaceId, WorkItemFilter filter) {
        List<BulkTarget> all = new ArrayList<>();
        String[] cursor = {null};
        WorkItemSort order = WorkItemSort.CREATED_ASC;
        return Uni.createFrom().deferred(() -> workItems.list(workspaceId, filter, order,
                        new PageRequest(PageRequest.MAX_LIMIT, Cursor.decode(cursor[0], order.token()))))
                .invoke(page -> {
                    page.items().forEach(w -> all.add(target(w)));
                    cursor[0] = page.nextCursor();
                    if (all.size() > MAX_ITEMS) {
                        throw DomainException.validation(List.of(new FieldError("filter", "TOO_MANY_ITEMS",
                                "matches more than " + MAX_ITEMS + " items; narrow it (by project, by state…)"
                                        + " and send several bulk changes")));
                    }
                })
                .repeat().whilst(page -> page.nextCursor() != null)
                .collect().last().map(last -> all);
    }

    private static BulkTarget target(WorkItem item) {
        return new BulkTarget(item.workspaceId(), item.id(), item.key());
    }

}
