package io.worklane.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * An event of the outbox as delivery needs it: its JSON as stored, and the project it belongs to
 * (a project's own events, and those of its work items and their comments), for the project filter.
 *
 * @param projectId    null when the event belongs to no project
 * @param previousJson null when the event has no previous values
 */
public record OutboxEvent(UUID id, UUID workspaceId, long seq, String type, UUID subjectId, UUID projectId,
                          Instant occurredAt, String dataJson, String previousJson) {
}
