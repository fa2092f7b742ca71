package io.worklane.domain.notification;

import java.util.UUID;

/** The work item a notification is about, as it was then (the notification outlives a deleted item). */
public record Subject(UUID workItemId, String key, String title) {
}
