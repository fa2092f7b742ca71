package io.worklane.api.signin;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * OIDC sign-in on, without an identity provider: quarkus-oidc verifies access tokens with the test
 * public key (src/test/resources/sign-in), and {@link Tokens} signs them. Keycloak itself is exercised
 * by the integration tests; these prove what Worklane does with a verified token.
 */
public class SignInProfile implements QuarkusTestProfile {
    public static final String ISSUER = "https://sign-in.test/realms/worklane";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.public-key", Tokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", ISSUER);
    }
}
