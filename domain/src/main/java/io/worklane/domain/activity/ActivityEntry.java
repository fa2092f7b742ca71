package io.worklane.domain.activity;

import io.worklane.domain.shared.Actor;
import io.worklane.domain.shared.Ids;
import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.util.UUID;

/**
 * One fact of a work item's history: who changed which field from what to what, and when. Values are
 * plain JSON values (strings, numbers, booleans, lists, maps, null), as the REST API shows them.
 * {@code created} and {@code deleted} carry the whole item (after and before respectively), so that the
 * history tells what the item was even once it is gone.
 */
public record ActivityEntry(UUID id, UUID workspaceId, UUID workItemId, Instant occurredAt, Actor actor,
                            String field, Object before, Object after) {
    public static final String CREATED = "created";
    public static final String DELETED = "deleted";
    public static final String STATUS = "status";

    public static ActivityEntry created(WorkItem item, Actor actor, Instant at) {
        return new ActivityEntry(Ids.newId(), item.workspaceId(), item.id(), at, actor, CREATED, null,
                ActivityFields.snapshot(item));
    }

    public static ActivityEntry deleted(WorkItem item, Actor actor, Instant at) {
        return new ActivityEntry(Ids.newId(), item.workspaceId(), item.id(), at, actor, DELETED,
                ActivityFields.snapshot(item), null);
    }
}
