package io.worklane.domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * The body a receiver gets (API.md "Webhooks"):
 * {@code {"type","timestamp","workspaceId","seq","data","previous"}}, or, above the size cap, the thin
 * form of {@link ThinPayload} with a link to the event in the change feed. The webhook-id of an event
 * is derived from the event's id, so every delivery of the event, retried or replayed, carries the same one.
 */
public final class WebhookMessage {
    public static final String PING = "webhook.ping";

    private WebhookMessage() {
    }

    /** The webhook-id of an event's message ({@code msg_<event id>}); a ping gets one from its delivery id. */
    public static String messageId(UUID id) {
        return "msg_" + id.toString().replace("-", "");
    }

    /**
     * @param dataJson     the event's data, as JSON text
     * @param previousJson the changed fields' old values, as JSON text; null when none
     * @param capBytes     the largest full body sent; above it the thin body goes
     */
    public static String forEvent(UUID eventId, String type, Instant occurredAt, UUID workspaceId, long seq,
                                  UUID subjectId, String dataJson, String previousJson, int capBytes) {
        String full = "{\"type\":" + ThinPayload.quote(type)
                + ",\"timestamp\":" + ThinPayload.quote(occurredAt.toString())
                + ",\"workspaceId\":" + ThinPayload.quote(workspaceId)
                + ",\"seq\":" + seq
                + ",\"data\":" + dataJson
                + ",\"previous\":" + (previousJson == null ? "null" : previousJson) + "}";
        String link = "/api/v1/workspaces/" + workspaceId + "/events?afterSeq=" + (seq - 1) + "&limit=1";
        return ThinPayload.bodyToSend(full, capBytes,
                new ThinPayload.Event(messageId(eventId), type, workspaceId, subjectId, link));
    }

    /** What {@code POST …/webhooks/{id}/test} sends: proof that the URL answers and the secret verifies. */
    public static String ping(UUID workspaceId, UUID subscriptionId, Instant now) {
        return "{\"type\":" + ThinPayload.quote(PING)
                + ",\"timestamp\":" + ThinPayload.quote(now.toString())
                + ",\"workspaceId\":" + ThinPayload.quote(workspaceId)
                + ",\"seq\":null"
                + ",\"data\":{\"webhookId\":" + ThinPayload.quote(subscriptionId) + "}"
                + ",\"previous\":null}";
    }
}
