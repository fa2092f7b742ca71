package io.worklane.api.application.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.worklane.domain.webhook.DeliveryOutcome;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;

/**
 * Webhook attempts as metrics: {@code worklane_webhooks_attempts_total} by outcome (success, retry,
 * retry_after, disable) and {@code worklane_webhooks_in_flight} on this instance. The queue's depth is
 * the database's to tell ({@code BacklogMetrics}).
 */
@Startup
@ApplicationScoped
public class DeliveryMetrics {
    private final MeterRegistry registry;
    private final Map<DeliveryOutcome.Kind, Counter> attempts = new EnumMap<>(DeliveryOutcome.Kind.class);

    public DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (DeliveryOutcome.Kind kind : DeliveryOutcome.Kind.values()) {
            attempts.put(kind, Counter.builder("worklane.webhooks.attempts")
                    .tag("outcome", kind.name().toLowerCase(Locale.ROOT))
                    .description("Webhook delivery attempts by how they ended").register(registry));
        }
    }

    void attempted(DeliveryOutcome.Kind outcome) {
        attempts.get(outcome).increment();
    }

    void watchInFlight(IntSupplier inFlight) {
        Gauge.builder("worklane.webhooks.in.flight", inFlight::getAsInt)
                .description("Webhook attempts under way on this instance").register(registry);
    }
}
