package io.worklane.api.application.automation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.worklane.domain.automation.RuleRun;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** {@code worklane_automation_runs_total} by status (succeeded, failed, stopped_at_depth, skipped), as runs are logged. */
@Startup
@ApplicationScoped
public class AutomationMetrics {
    private final Map<RuleRun.Status, Counter> runs = new EnumMap<>(RuleRun.Status.class);

    public AutomationMetrics(MeterRegistry registry) {
        for (RuleRun.Status status : RuleRun.Status.values()) {
            runs.put(status, Counter.builder("worklane.automation.runs").tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("Automation rule runs logged, by status").register(registry));
        }
    }

    void ran(RuleRun run) {
        runs.get(run.status()).increment();
    }
}
