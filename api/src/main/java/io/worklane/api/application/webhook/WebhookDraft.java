package io.worklane.api.application.webhook;

import java.util.List;

/**
 * A subscription as a client writes it.
 *
 * @param project a project id or key; null: every project
 * @param status  ACTIVE or DISABLED; null: ACTIVE
 */
public record WebhookDraft(String url, List<String> eventTypes, String project, String description, String status) {
}
