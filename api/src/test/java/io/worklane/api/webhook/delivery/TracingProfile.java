package io.worklane.api.webhook.delivery;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Tracing on (as QUARKUS_OTEL_SDK_DISABLED=false does), spans kept in memory, and the delivery worker on. */
public class TracingProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.traces.exporter", "none",
                "worklane.webhooks.delivery.enabled", "true");
    }
}
