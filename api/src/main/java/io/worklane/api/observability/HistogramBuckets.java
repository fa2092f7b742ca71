package io.worklane.api.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/**
 * Latency histograms with a few fixed buckets (Prometheus {@code _bucket} series, so percentiles can be
 * computed across instances), for HTTP requests per route template and GraphQL operations. Fixed
 * buckets keep the series count small: eleven per route, method and status.
 */
@ApplicationScoped
public class HistogramBuckets {
    static final Set<String> TIMED = Set.of("http.server.requests", "worklane.graphql.operations");
    private static final double[] SECONDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    @Produces
    @Singleton
    MeterFilter latencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!TIMED.contains(id.getName())) {
                    return config;
                }
                double[] slos = new double[SECONDS.length];
                for (int i = 0; i < SECONDS.length; i++) {
                    slos[i] = Duration.ofMillis((long) (SECONDS[i] * 1000)).toNanos();
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
            }
        };
    }
}
