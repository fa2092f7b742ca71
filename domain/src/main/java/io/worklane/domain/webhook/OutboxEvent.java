package io.worklane.domain.webhook;

import io.worklane.domain.workitem.WorkItem;
import java.time.Instant;
import java.util.UUID;

/**
 * An event of the outbox as delivery needs it: its JSON as stored, and the project it belongs to
 * (a project's own events, and those of its work items and their comments), for the project filter.
 *
 * @param projectId    null when the event belongs to no project
 * @param previousJson null when the event has no previous values
 * @param item         for a work item's event, the item as its data carries it (for subscription
 *                     filters); null for other events, or when the data is not an item's
 */
public record OutboxEvent(UUID id, UUID workspaceId, long seq, String type, UUID subjectId, UUID projectId,
                          Instant occurredAt, String dataJson, String previousJson, WorkItem item) {
    public static final String WORK_ITEM_PREFIX = "work_item.";

    public OutboxEvent(UUID id, UUID workspaceId, long seq, String type, UUID subjectId, UUID projectId,
                       Instant occurredAt, String dataJson, String previousJson) {
        this(id, workspaceId, seq, type, subjectId, projectId, occurredAt, dataJson, previousJson, null);
    }

    /** {@code work_item.created}, {@code .updated}, {@code .transitioned}, {@code .deleted}, {@code .ranked}. */
    public boolean isAboutWorkItem() {
        return isAboutWorkItem(type);
    }

    public static boolean isAboutWorkItem(String type) {
        return type != null && type.startsWith(WORK_ITEM_PREFIX);
    }
}
