package io.worklane.api.application.event;

import io.smallrye.mutiny.Uni;
import io.worklane.api.application.project.ProjectAccess;
import io.worklane.api.application.project.ProjectSight;
import io.worklane.api.application.shared.Caller;
import io.worklane.domain.event.ProjectLists;
import io.worklane.domain.event.StoredEvent;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItems;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The events a caller may read (ADR 0084): those of a PRIVATE project it is no member of are left out of the
 * change feed and of live subscriptions, as the project's objects are. An event names its project in its data
 * ({@code projectId}), is its project ({@code project.*}), or names a work item, whose project is read in one
 * statement per page. A template saved from such a project is hidden like it ({@code sourceProjectId}). A portfolio or
 * a goal stays visible: its {@code portfolio.*} and {@code goal.*} events are shown without the hidden projects' ids
 * in their {@code projects} lists, as the portfolio and the goal are read.
 */
@ApplicationScoped
public class EventSight {
    private static final List<String> ITEM_ENDS = List.of("predecessor", "successor", "source", "target");
    private final ProjectAccess projectAccess;
    private final WorkItems workItems;

    public EventSight(ProjectAccess projectAccess, WorkItems workItems) {
        this.projectAccess = projectAccess;
        this.workItems = workItems;
    }

    public Uni<List<StoredEvent>> visible(Caller caller, UUID workspaceId, List<StoredEvent> events) {
        return projectAccess.sight(caller, workspaceId).chain(s -> visible(s, workspaceId, events));
    }

    /** With a sight already worked out (a live subscription's, from when it subscribed). */
    public Uni<List<StoredEvent>> visible(ProjectSight sight, UUID workspaceId, List<StoredEvent> events) {
        if (sight.hidden().isEmpty() && sight.gone().isEmpty() || events.isEmpty()) {
            return Uni.createFrom().item(events);
        }
        Set<UUID> items = events.stream().filter(e -> projectOf(e) == null).map(EventSight::itemOf)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        // a deleted item's project is kept by its tombstone (ADR 0085): its comments' events stay its project's
        Uni<Map<UUID, UUID>> projectsOfItems = items.isEmpty() ? Uni.createFrom().item(Map.of())
                : workItems.projectsOf(workspaceId, items);
        return projectsOfItems.map(byItem -> events.stream().filter(e -> {
            UUID project = projectOf(e);
            UUID item = project == null ? itemOf(e) : null;
            return sight.sees(project != null ? project : item == null ? null : byItem.get(item));
        }).map(e -> withoutHiddenProjects(sight, e)).toList());
    }

    /** A portfolio's, a goal's or a webhook's event without the ids of the projects hidden from the caller. */
    static StoredEvent withoutHiddenProjects(ProjectSight sight, StoredEvent e) {
        String list = ProjectLists.of(e.type());
        if (list == null) {
            return e;
        }
        return e.withData(ProjectLists.without(e.data(), list, id -> !sight.sees(id)),
                ProjectLists.without(e.previous(), list, id -> !sight.sees(id)));
    }

    static UUID projectOf(StoredEvent e) {
        Map<String, Object> data = e.data() == null ? Map.of() : e.data();
        UUID named = id(data.get("projectId"));
        if (named == null) {
            named = id(data.get("sourceProjectId")); // a project template saved from the project
        }
        if (named != null) {
            return named;
        }
        if (data.get("project") instanceof Map<?, ?> project) {
            return id(project.get("id"));
        }
        boolean ofAProject = e.type().equals("project.created") || e.type().equals("project.updated")
                || e.type().equals("project.deleted");
        return ofAProject ? e.subjectId() : null;
    }

    static UUID itemOf(StoredEvent e) {
        Map<String, Object> data = e.data() == null ? Map.of() : e.data();
        if (e.type().startsWith("work_item.")) {
            return e.subjectId();
        }
        UUID item = id(data.get("workItemId"));
        for (String end : ITEM_ENDS) {
            if (item == null && data.get(end) instanceof Map<?, ?> other) {
                item = id(other.get("id"));
            }
        }
        return item;
    }

    private static UUID id(Object value) {
        return value instanceof String s ? Ids.parseOrNull(s) : null;
    }
}
