package io.worklane.domain.webhook;

import java.util.List;
import java.util.UUID;

/**
 * What a client sends to create or replace a subscription, as written, so that every problem is
 * reported at once at its field.
 *
 * @param projectId   null: events of every project (and those of no project)
 * @param description null or blank for none
 * @param status      ACTIVE or DISABLED; null: ACTIVE
 * @param filter      a filter on work items (the filter language) or null/blank for none
 */
public record NewWebhookSubscription(String url, List<String> eventTypes, UUID projectId, String description,
                                     String status, String filter) {
    public NewWebhookSubscription(String url, List<String> eventTypes, UUID projectId, String description,
                                  String status) {
        this(url, eventTypes, projectId, description, status, null);
    }
}
