package io.worklane.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.worklane.it.support.AdminKeys;
import io.worklane.it.support.ItDirectories;
import io.worklane.it.support.KeycloakServer;
import io.worklane.it.support.PkceSignIn;
import io.worklane.it.support.Worklane;
import io.worklane.it.support.WorklaneServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in with Keycloak: the realm of deploy/keycloak, a user created through Keycloak's admin API,
 * a token from the worklane-cli password grant. A signed-in user who is no member sees no
 * workspace; once added by its verified email it is linked and acts with its role, an unverified email
 * links nothing; every bad token is a 401 problem; API keys keep working; an unreachable Keycloak is
 * a 503 problem.
 */
class KeycloakIT {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    @Test
    void signInWithKeycloak() throws Exception {
        Path dir = ItDirectories.fresh(KeycloakIT.class.getSimpleName());
        String adminKey = AdminKeys.random();
        String password = "pw-" + Long.toHexString(System.nanoTime());
        String validToken;
        WorklaneServer server = null;
        final KeycloakServer keycloak = KeycloakServer.start(dir.resolve("keycloak"));
        try {
            keycloak.createUser("ada", "ada@example.com", password);
            keycloak.createUser("bob", "bob@example.com", password, false);
            // no audience mapper: its tokens are not meant for worklane-api
            keycloak.createPublicClient("other-cli", Map.of(), List.of());
            // the audience, but tokens that live one second
            keycloak.createPublicClient("short-cli", Map.of("access.token.lifespan", "1"),
                    List.of(KeycloakServer.audienceMapper()));

            validToken = keycloak.accessToken("localhost", "worklane-cli", "ada", password);
            JsonNode claims = payload(validToken);
            assertThat(claims.get("iss").asText()).isEqualTo(keycloak.issuer());
            assertThat(claims.get("aud").toString()).contains("worklane-api");
            assertThat(claims.get("email").asText()).isEqualTo("ada@example.com");

            String otherAudience = keycloak.accessToken("localhost", "other-cli", "ada", password);
            assertThat(payload(otherAudience).path("aud").toString()).doesNotContain("worklane-api");
            String otherIssuer = keycloak.accessToken("127.0.0.1", "worklane-cli", "ada", password);
            assertThat(payload(otherIssuer).get("iss").asText()).isNotEqualTo(keycloak.issuer());
            String shortLived = keycloak.accessToken("localhost", "short-cli", "ada", password);

            server = WorklaneServer.start(dir.resolve("data"), adminKey,
                    Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer()));
            URI base = server.baseUri();

            browserSignInUsesTheWebClientWithPkce(keycloak, base, password);

            // API keys still work, and the admin makes a workspace the signed-in user must not see
            Worklane.connect(base, adminKey).aWorkspace("acme");
            HttpResponse<String> asAdmin = get(base, "/api/v1/workspaces", adminKey);
            assertThat(asAdmin.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(asAdmin.body()).get("items")).hasSize(1);

            // a signed-in user who is no member yet: authenticated, no workspace
            HttpResponse<String> signedIn = get(base, "/api/v1/workspaces", validToken);
            assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
            assertThat(JSON.readTree(signedIn.body()).get("items")).isEmpty();
            assertProblem(get(base, "/api/v1/workspaces/acme", validToken), 404, "WORKSPACE_NOT_FOUND");

            membersAreLinkedByVerifiedEmailAndActWithTheirRole(base, adminKey, validToken,
                    keycloak.accessToken("localhost", "worklane-cli", "bob", password));

            // every bad token is a 401 problem
            Thread.sleep(2500); // short-cli's token has expired by now
            assertUnauthenticated(base, shortLived, "expired");
            assertUnauthenticated(base, tamperedSignature(validToken), "tampered signature");
            assertUnauthenticated(base, tamperedPayload(validToken), "tampered payload");
            assertUnauthenticated(base, algNone(validToken), "alg none");
            assertUnauthenticated(base, otherAudience, "wrong audience");
            assertUnauthenticated(base, otherIssuer, "wrong issuer");
            assertUnauthenticated(base, "not-a-jwt", "garbage");
            assertUnauthenticated(base, "wl_unknown_key_0123456789abcdefghijklmnop", "unknown API key");
        } finally {
            keycloak.stop();
        }
        try {
            URI base = server.baseUri();
            // Keycloak is gone. Keys fetched before still verify; a token whose key id is unknown is refused
            // (quarkus-oidc refetches the key set at most every forced-jwk-refresh-interval, 10 min by default)
            HttpResponse<String> cached = get(base, "/api/v1/workspaces", validToken);
            System.out.println("[it] with Keycloak stopped, a valid token with a known kid -> " + cached.statusCode());
            assertThat(cached.statusCode()).as(cached.body()).isEqualTo(200);
            HttpResponse<String> unknownKid = get(base, "/api/v1/workspaces", withKid(validToken, "unknown-kid"));
            System.out.println("[it] with Keycloak stopped, a token with an unknown kid -> " + unknownKid.statusCode());
            assertProblem(unknownKid, 401, "UNAUTHENTICATED");
            assertThat(get(base, "/api/v1/workspaces", adminKey).statusCode()).isEqualTo(200);

            // a server that starts while Keycloak is unreachable has no keys: a token is a 503, not a 500
            server.stop();
            server = WorklaneServer.start(dir.resolve("data"), adminKey,
                    Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.issuer()));
            base = server.baseUri();
            HttpResponse<String> unreachable = get(base, "/api/v1/workspaces", validToken);
            System.out.println("[it] Worklane started while Keycloak is down, a token -> " + unreachable.statusCode()
                    + " " + unreachable.body());
            assertProblem(unreachable, 503, "SERVICE_UNAVAILABLE");
            // API keys do not need Keycloak
            assertThat(get(base, "/api/v1/workspaces", adminKey).statusCode()).isEqualTo(200);
        } finally {
            server.stop();
        }
    }

    /**
     * The realm's public client for single-page apps (worklane-web) signs a person in with the authorization
     * code flow and PKCE S256 at the default redirect URI; a request without a challenge and a code exchanged
     * with the wrong verifier are refused; the token it gives is accepted by Worklane.
     */
    private static void browserSignInUsesTheWebClientWithPkce(KeycloakServer keycloak, URI base, String password)
            throws Exception {
        PkceSignIn web = new PkceSignIn(keycloak.issuer(), "worklane-web", "http://localhost:8090/");

        HttpResponse<String> withoutPkce = web.authorize(null);
        assertThat(withoutPkce.statusCode() == 302 ? withoutPkce.headers().firstValue("Location").orElse("") : withoutPkce.body())
                .as("PKCE is required").contains("code_challenge");

        String verifier = PkceSignIn.newVerifier();
        String wrongVerifier = PkceSignIn.newVerifier();
        HttpResponse<String> wrong = web.exchange(web.code(PkceSignIn.challengeOf(verifier), "ada", password), wrongVerifier);
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(PkceSignIn.json(wrong).path("error").asText()).isEqualTo("invalid_grant");

        HttpResponse<String> tokens = web.exchange(web.code(PkceSignIn.challengeOf(verifier), "ada", password), verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        String accessToken = PkceSignIn.json(tokens).path("access_token").asText();
        assertThat(payload(accessToken).get("azp").asText()).isEqualTo("worklane-web");
        assertThat(payload(accessToken).get("aud").toString()).contains("worklane-api");
        HttpResponse<String> signedIn = get(base, "/api/v1/workspaces", accessToken);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
    }

    /**
     * The admin adds ada (verified email) as VIEWER and bob (unverified) as ADMIN. Ada's token is linked
     * to her member on first use and may read, not write, until she is made MEMBER; bob's links nothing.
     */
    private static void membersAreLinkedByVerifiedEmailAndActWithTheirRole(URI base, String adminKey, String ada,
                                                                          String bob) throws Exception {
        assertThat(send(base, "POST", "/api/v1/workspaces/acme/projects", adminKey, "{\"key\":\"OPS\",\"name\":\"Ops\"}")
                .statusCode()).isEqualTo(201);
        String adaId = JSON.readTree(send(base, "POST", "/api/v1/workspaces/acme/members", adminKey,
                "{\"email\":\"ada@example.com\",\"role\":\"VIEWER\"}").body()).get("id").asText();
        send(base, "POST", "/api/v1/workspaces/acme/members", adminKey, "{\"email\":\"bob@example.com\",\"role\":\"ADMIN\"}");

        HttpResponse<String> listed = get(base, "/api/v1/workspaces", ada);
        assertThat(JSON.readTree(listed.body()).get("items").get(0).get("slug").asText()).as(listed.body())
                .isEqualTo("acme");
        assertThat(JSON.readTree(get(base, "/api/v1/workspaces/acme/members/" + adaId, adminKey).body())
                .get("linked").asBoolean()).isTrue();
        assertThat(get(base, "/api/v1/workspaces/acme/projects/OPS", ada).statusCode()).isEqualTo(200);
        String item = "{\"project\":\"OPS\",\"title\":\"From Keycloak\"}";
        assertProblem(send(base, "POST", "/api/v1/workspaces/acme/work-items", ada, item), 403, "INSUFFICIENT_SCOPE");
        HttpResponse<String> graphQL = send(base, "POST", "/graphql", ada,
                "{\"query\":\"{ workspace(idOrSlug: \\\"acme\\\") { projects { edges { node { key } } } } }\"}");
        assertThat(graphQL.body()).contains("\"key\":\"OPS\"").doesNotContain("errors");

        HttpResponse<String> promoted = send(base, "PATCH", "/api/v1/workspaces/acme/members/" + adaId, adminKey,
                "{\"role\":\"MEMBER\"}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        HttpResponse<String> created = send(base, "POST", "/api/v1/workspaces/acme/work-items", ada, item);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        // an email that Keycloak has not verified links nothing, whatever role the member has
        assertProblem(get(base, "/api/v1/workspaces/acme", bob), 404, "WORKSPACE_NOT_FOUND");
    }

    private static HttpResponse<String> send(URI base, String method, String path, String bearer, String json)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + bearer)
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertUnauthenticated(URI base, String token, String what) throws Exception {
        HttpResponse<String> response = get(base, "/api/v1/workspaces", token);
        assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(401);
        assertProblem(response, 401, "UNAUTHENTICATED");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("code").asText()).isEqualTo(code);
    }

    private static HttpResponse<String> get(URI base, String path, String bearer) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + bearer)
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode payload(String jwt) throws Exception {
        return JSON.readTree(B64D.decode(jwt.split("\\.")[1]));
    }

    private static String tamperedSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        char[] sig = parts[2].toCharArray();
        int i = sig.length / 2;
        sig[i] = sig[i] == 'A' ? 'B' : 'A';
        return parts[0] + "." + parts[1] + "." + new String(sig);
    }

    private static String tamperedPayload(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ada@example.com", "eve@example.com");
        return parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static String algNone(String jwt) {
        String[] parts = jwt.split("\\.");
        String header = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + parts[1] + ".";
    }

    private static String withKid(String jwt, String kid) throws Exception {
        String[] parts = jwt.split("\\.");
        com.fasterxml.jackson.databind.node.ObjectNode header =
                (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(B64D.decode(parts[0]));
        header.put("kid", kid);
        return B64.encodeToString(JSON.writeValueAsBytes(header)) + "." + parts[1] + "." + parts[2];
    }
}
