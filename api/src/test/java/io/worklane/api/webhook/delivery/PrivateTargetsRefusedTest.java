package io.worklane.api.webhook.delivery;

import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.webhook.delivery.Hooks.aHook;
import static io.worklane.api.webhook.delivery.Hooks.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * With private targets not allowed (the production default), a subscription whose host resolves to a
 * loopback address is accepted (the name might resolve elsewhere later) but refused when sending:
 * the address checked is the one connected to, and the refusal is in the delivery log.
 */
@QuarkusTest
@TestProfile(PrivateTargetsRefusedTest.Refusing.class)
@WithTestResource(PostgresResource.class)
class PrivateTargetsRefusedTest {
    private final Receiver receiver = new Receiver();

    public static class Refusing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("worklane.webhooks.delivery.enabled", "true",
                    "worklane.webhooks.allow-private-targets", "false");
        }
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void a_name_resolving_to_loopback_is_refused_at_delivery_time_and_logged() {
        String ws = aWorkspace();
        aProject(ws, "PV");
        // "localhost" passes the URL check: only the resolved address tells where it leads
        var hook = aHook(ws, receiver.url("/hooks").replace("127.0.0.1", "localhost"), List.of("work_item.created"));
        aWorkItem(ws, "PV", "Never leaves");

        eventually(Duration.ofSeconds(10), "FAILED after the schedule",
                () -> "FAILED".equals(hook.deliveries().getString("items[0].status")));
        JsonPath log = hook.deliveries();
        assertThat(log.getList("items[0].attempts")).hasSize(3);
        assertThat(log.getString("items[0].attempts[0].error")).contains("a loopback address");
        assertThat(log.getString("items[0].attempts[0].statusCode")).isNull();
        assertThat(receiver.received()).isEmpty();
    }
}
