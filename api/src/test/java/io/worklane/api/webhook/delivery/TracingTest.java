package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With tracing on, a webhook attempt carries a W3C {@code traceparent} (the worker sends outside any
 * request, so each attempt starts a trace of its own), and a problem document carries the id of the
 * request's trace, which is the caller's when it sent one.
 */
@QuarkusTest
@TestProfile(DeliveryProfile.class)
@WithTestResource(PostgresResource.class)
class TracingTest {
    private static final String TRACEPARENT = "^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$";
    private final Receiver receiver = new Receiver();

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aWebhookAttemptCarriesATraceparent() {
        String ws = aWorkspace();
        aProject(ws, "TR");
        aHook(ws, receiver.url("/hooks"), List.of("work_item.created"));
        aWorkItem(ws, "TR", "Traced");

        eventually(Duration.ofSeconds(10), "the delivery", () -> !receiver.received().isEmpty());
        String traceparent = receiver.received().get(0).header("traceparent");
        assertThat(traceparent).matches(TRACEPARENT);
        assertThat(traceparent.substring(3, 35)).isNotEqualTo("00000000000000000000000000000000");
    }

    @Test
    void aProblemCarriesTheTraceOfTheRequestThatGotIt() {
        String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
        asAdmin().header("traceparent", "00-" + trace + "-00f067aa0ba902b7-01")
                .get("/api/v1/workspaces/no-such-workspace").then().statusCode(404)
                .body("code", equalTo("WORKSPACE_NOT_FOUND")).body("traceId", equalTo(trace));
    }
}
