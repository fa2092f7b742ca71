package io.worklane.api.security;

import io.worklane.api.config.SettingSwitch;

/**
 * Turns OIDC sign-in on exactly when an issuer is configured: {@code quarkus.oidc.tenant-enabled} is
 * true when QUARKUS_OIDC_AUTH_SERVER_URL (or {@code -Dquarkus.oidc.auth-server-url}) is set, false
 * otherwise (application.properties); QUARKUS_OIDC_TENANT_ENABLED still decides when it is given.
 */
public class OidcSwitch extends SettingSwitch {
    static final String PROPERTY = "quarkus.oidc.tenant-enabled";

    public OidcSwitch() {
        super(PROPERTY, "worklane-oidc-switch");
    }

    @Override
    protected boolean on() {
        String url = setting("quarkus.oidc.auth-server-url", "QUARKUS_OIDC_AUTH_SERVER_URL");
        return url != null && !url.isBlank();
    }
}
