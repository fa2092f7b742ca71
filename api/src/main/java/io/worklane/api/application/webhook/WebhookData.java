package io.worklane.api.application.webhook;

import io.worklane.domain.webhook.EventTypePattern;
import io.worklane.domain.webhook.WebhookSubscription;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What webhook events carry: the subscription as the REST API shows it, never a secret. */
final class WebhookData {
    private WebhookData() {
    }

    static Map<String, Object> of(WebhookSubscription s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id().toString());
        m.put("url", s.url().toString());
        m.put("eventTypes", s.eventTypes().stream().map(EventTypePattern::value).toList());
        m.put("projectId", s.projectId() == null ? null : s.projectId().toString());
        m.put("filter", s.filter() == null ? null : s.filter().text());
        // ids, stripped for readers who cannot see them as a portfolio's projects are (EventSight)
        m.put("privateProjects", s.privateProjects().stream().map(UUID::toString).sorted().toList());
        m.put("description", s.description());
        m.put("status", s.status().name());
        m.put("version", s.version());
        return m;
    }

    /** After a rotation: the subscription and until when the previous secret still signs. */
    static Map<String, Object> rotated(WebhookSubscription s) {
        Map<String, Object> m = of(s);
        m.put("previousSecretExpiresAt", String.valueOf(s.secrets().previousUntil()));
        return m;
    }
}
