package io.worklane.api.webhook.delivery;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The delivery worker on, sending to receivers on localhost (private targets allowed in tests). */
public class DeliveryProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("worklane.webhooks.delivery.enabled", "true",
                "worklane.webhooks.payload-cap-bytes", "4096");
    }
}
