package io.worklane.api.application.workitem;

import io.smallrye.mutiny.Uni;
import io.worklane.domain.apikey.Scope;
import io.worklane.api.application.shared.Access;
import io.worklane.api.application.shared.Caller;
import io.worklane.api.application.planning.ItemPlans;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.domain.shared.ErrorCode;
import io.worklane.domain.filter.FilterExpression;
import io.worklane.domain.project.CustomFields;
import io.worklane.domain.project.Project;
import io.worklane.domain.project.Projects;
import io.worklane.domain.shared.Page;
import io.worklane.domain.shared.PageRequest;
import io.worklane.domain.workitem.WorkItem;
import io.worklane.domain.workitem.WorkItemFilter;
import io.worklane.domain.workitem.WorkItemSort;
import java.util.List;
import io.worklane.domain.shared.FieldError;
import io.worklane.domain.shared.DomainException;
import io.worklane.domain.workitem.WorkItemType;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads of work items for REST and GraphQL. References in filters (project, parent) are ids or keys. */
@ApplicationScoped
public class WorkItemQueries {
    /** The nil UUID: never an id (ids are UUIDv7), so a filter on it matches no row. */
    private static final UUID NOTHING = new UUID(0, 0);
    private final WorkItems workItems;
    private final Projects projects;
    private final Access access;
    private final ItemPlans plans;
    private final CustomFields customFields;
    private final ProjectAccess projectAccess;

    /** What a work item's representation shows beside the item: its parent's key and its planning facts. */
    public record Shown(java.util.Map<UUID, String> parentKeys, java.util.Map<UUID, ItemPlans.ItemPlan> plans) {
        public ItemPlans.ItemPlan plan(UUID itemId) {
            return plans.getOrDefault(itemId, ItemPlans.ItemPlan.NONE);
        }
    }

    public WorkItemQueries(WorkItems workItems, Projects projects, Access access, ItemPlans plans,
                           CustomFields customFields, ProjectAccess projectAccess) {
        this.projectAccess = projectAccess;
        this.customFields = customFields;
        this.plans = plans;
        this.workItems = workItems;
        this.projects = projects;
        this.access = access;
    }

    /**
     * A list filter as the caller gives it: references still unresolved. {@code where} is a filter
     * expression (ADR 0050), {@code wherePath} the input that carried it (named in a refusal).
     */
    public record Criteria(String project, String status, UUID assignee, String label, String parent,
                           java.time.Instant updatedSince, String text, WorkItemType type, String where,
                           String wherePath) {
        public Criteria(String project, String status, UUID assignee, String label, String parent,
                        java.time.Instant updatedSince, String text, WorkItemType type) {
            this(project, status, assignee, label, parent, updatedSince, text, type, null, null);
        }

        /** The same criteria narrowed by a filter expression given in {@code path}. */
        public Criteria where(String expression, String path) {
            return new Criteria(project, status, assignee, label, parent, updatedSince, text, type, expression, path);
        }

        public Criteria(String project, String status, UUID assignee, String label, String parent,
                        java.time.Instant updatedSince, String text) {
            this(project, status, assignee, label, parent, updatedSince, text, null);
        }
    }

    public Uni<WorkItem> get(Caller caller, String wsRef, String ref) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> WorkItemLookup.load(workItems, caller, ws.id(), ref));
    }

    /** An item of a project the caller may not see does not exist for it (404 WORK_ITEM_NOT_FOUND, ADR 0084). */
    public Uni<Void> visible(Caller caller, WorkItem item, String ref) {
        return projectAccess.requireSees(caller, item.workspaceId(), item.projectId(), ErrorCode.WORK_ITEM_NOT_FOUND,
                "Work item", ref);
    }

    public Uni<Page<WorkItem>> list(Caller caller, String wsRef, Criteria c, WorkItemSort sort, PageRequest page) {
        return access.workspace(caller, wsRef, Scope.WORK_ITEMS_READ).chain(ws -> checked(ws.id(), sort)
                .chain(() -> resolve(ws.id(), c, caller))
                .chain(filter -> workItems.list(ws.id(), filter, sort, page)));
    }

    /**
     * Refuses (400 INVALID_SORT) an order naming a custom field no project of the workspace defines;
     * only an order naming one costs the read of the definitions.
     */
    public Uni<Void> checked(UUID workspaceId, WorkItemSort sort) {
        if (sort.customKeys().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return customFields.typesInWorkspace(workspaceId).invoke(types -> sort.customKeys().forEach(key -> {
            if (!types.containsKey(key)) {
                throw DomainException.validation(List.of(new FieldError("sort", "INVALID_SORT", "sort names"
                        + " customFields." + key + ", which no project of this workspace defines; custom fields: "
                        + (types.isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(types.keySet()))))));
            }
        })).replaceWithVoid();
    }

    /** Like {@link #resolve(UUID, Criteria)}, with the filter expression parsed and {@code me} the caller's member. */
    public Uni<WorkItemFilter> resolve(UUID workspaceId, Criteria c, Caller caller) {
        FilterExpression where = c.where() == null ? null : FilterExpression.parseForList(c.where(), c.wherePath());
        var grant = caller.grants().get(workspaceId);
        UUID me = grant == null ? null : grant.memberId();
        // only a filter naming custom fields costs the read of their definitions
        Uni<FilterExpression> checked = where == null || !where.namesCustomFields() ? Uni.createFrom().item(where)
                : customFields.typesInWorkspace(workspaceId).map(types -> where.checkCustomFields(types, c.wherePath()));
        return checked.chain(expression -> resolve(workspaceId, c)
                .map(filter -> expression == null ? filter : filter.matching(expression, me)))
                .chain(filter -> projectAccess.sight(caller, workspaceId).map(s -> filter.hiding(s.hidden())));
    }

    /**
     * Resolves keys to ids. A filter naming a project or parent that does not exist matches nothing
     * (an empty page, as the contract says), like a filter on any other value nobody has.
     */
    public Uni<WorkItemFilter> resolve(UUID workspaceId, Criteria c) {
        Uni<UUID> project = c.project() == null ? Uni.createFrom().nullItem()
                : projects.find(workspaceId, c.project()).map(p -> p.map(Project::id).orElse(NOTHING));
        Uni<UUID> parent = c.parent() == null ? Uni.createFrom().nullItem()
                : workItems.find(workspaceId, c.parent()).map(w -> w.map(WorkItem::id).orElse(NOTHING));
        return project.chain(projectId -> parent.map(parentId -> new WorkItemFilter(projectId, c.status(),
                c.assignee(), c.label(), parentId, c.updatedSince(), blankToNull(c.text())).ofType(c.type())));
    }

    /** The parents' keys and the planning facts of these items, for their representations. */
    public Uni<Shown> shown(java.util.List<WorkItem> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(new Shown(java.util.Map.of(), java.util.Map.of()));
        }
        return parentKeys(items).chain(keys -> plans.of(items.get(0).workspaceId(), items)
                .map(found -> new Shown(keys, found)));
    }

    /** The keys of the parents of {@code items}, in one statement: responses show parentKey beside parentId. */
    public Uni<java.util.Map<UUID, String>> parentKeys(java.util.List<WorkItem> items) {
        java.util.Set<UUID> parents = new java.util.HashSet<>();
        items.forEach(w -> {
            if (w.parentId() != null) {
                parents.add(w.parentId());
            }
        });
        if (parents.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return workItems.byIds(items.get(0).workspaceId(), parents).map(found -> found.stream()
                .collect(java.util.stream.Collectors.toMap(WorkItem::id, WorkItem::key)));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
