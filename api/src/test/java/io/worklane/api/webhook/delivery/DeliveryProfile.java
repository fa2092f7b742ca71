package io.worklane.api.webhook.delivery;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The delivery worker on, sending to receivers on localhost (private targets allowed in tests), and
 * tracing on (as QUARKUS_OTEL_SDK_DISABLED=false does, spans kept in memory) so that attempts carry a
 * traceparent. One profile for both: each test profile costs a Quarkus build and start in every run.
 */
public class DeliveryProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("worklane.webhooks.delivery.enabled", "true",
                "worklane.webhooks.payload-cap-bytes", "4096",
                "quarkus.otel.sdk.disabled", "false",
                "quarkus.otel.traces.exporter", "none");
    }
}
