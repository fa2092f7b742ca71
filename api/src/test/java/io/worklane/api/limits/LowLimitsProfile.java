package io.worklane.api.limits;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The one profile that restarts Quarkus for the limits: five requests a minute, two allowed origins,
 * and the client address read from X-Forwarded-For, so that every test is its own client.
 */
public class LowLimitsProfile implements QuarkusTestProfile {
    static final int PER_MINUTE = 5;
    static final String APP = "https://app.example.com";
    static final String DEV_SERVER = "http://localhost:5173";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "worklane.rate-limit.per-minute", Integer.toString(PER_MINUTE),
                "worklane.cors.origins", APP + "," + DEV_SERVER,
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true");
    }
}
