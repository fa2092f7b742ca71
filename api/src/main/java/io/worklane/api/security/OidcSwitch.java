package io.worklane.api.security;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns OIDC sign-in on exactly when an issuer is configured: {@code quarkus.oidc.tenant-enabled} is
 * true when QUARKUS_OIDC_AUTH_SERVER_URL (or {@code -Dquarkus.oidc.auth-server-url}) is set, false
 * otherwise (application.properties). Its ordinal sits above application.properties (250) and below
 * environment variables (300), so QUARKUS_OIDC_TENANT_ENABLED still decides when it is given.
 */
public class OidcSwitch implements ConfigSource {
    static final String PROPERTY = "quarkus.oidc.tenant-enabled";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PROPERTY, getValue(PROPERTY));
    }

    @Override
    public String getValue(String name) {
        if (!PROPERTY.equals(name)) {
            return null;
        }
        String url = System.getProperty("quarkus.oidc.auth-server-url", System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL"));
        return Boolean.toString(url != null && !url.isBlank());
    }

    @Override
    public int getOrdinal() {
        return 275;
    }

    @Override
    public String getName() {
        return "worklane-oidc-switch";
    }
}
