package io.worklane.api.application.webhook;

import java.util.List;

/**
 * A subscription as a client writes it.
 *
 * @param project a project id or key; null: every project
 * @param status  ACTIVE or DISABLED; null: ACTIVE
 * @param filter  a filter on work items (ADR 0051); null or blank: every item
 * @param privateProjects ids or keys of the PRIVATE projects whose events it receives (ADR 0085); null: as before
 */
public record WebhookDraft(String url, List<String> eventTypes, String project, String description, String status,
                           String filter, List<String> privateProjects) {
}
