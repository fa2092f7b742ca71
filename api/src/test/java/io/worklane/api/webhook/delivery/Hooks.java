package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.asAdmin;

import io.restassured.path.json.JsonPath;
import io.worklane.domain.webhook.WebhookSecret;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Fixtures of the delivery tests: subscriptions, their log, and waiting for something to happen. */
final class Hooks {
    private Hooks() {
    }

    /** A subscription as created: its id and its secret. */
    record Hook(String ws, String id, WebhookSecret secret) {
        String path() {
            return "/api/v1/workspaces/" + ws + "/webhooks/" + id;
        }

        JsonPath deliveries() {
            return asAdmin().get(path() + "/deliveries").then().statusCode(200).extract().jsonPath();
        }

        JsonPath delivery(String deliveryId) {
            return asAdmin().get(path() + "/deliveries/" + deliveryId).then().statusCode(200).extract().jsonPath();
        }
    }

    static Hook aHook(String ws, String url, List<String> eventTypes) {
        return aHook(ws, url, eventTypes, null);
    }

    static Hook aHook(String ws, String url, List<String> eventTypes, String project) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        if (project != null) {
            body.put("project", project);
        }
        JsonPath created = asAdmin().body(body).post("/api/v1/workspaces/" + ws + "/webhooks").then().statusCode(201)
                .extract().jsonPath();
        return new Hook(ws, created.getString("id"), WebhookSecret.parse(created.getString("secret")));
    }

    /** Waits until {@code condition} holds, failing after {@code within}. */
    static void eventually(Duration within, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + within.toMillis() + " ms: " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
