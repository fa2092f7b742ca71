package io.worklane.api.application.automation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The scheduler on, ticking every second: the only tests that let it run by itself. */
public class SchedulerOnProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("worklane.automation.scheduler.enabled", "true", "worklane.automation.tick", "1s");
    }
}
