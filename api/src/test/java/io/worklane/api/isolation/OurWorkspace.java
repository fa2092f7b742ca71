package io.worklane.api.isolation;

import static io.worklane.api.support.Api.asAdmin;

import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Workspace A, the caller's own, with an API key bound to it that holds every scope ({@code admin}),
 * so that only tenancy, never a missing scope, can refuse what the key asks for.
 */
record OurWorkspace(String slug, String id, String key) {

    static OurWorkspace create(ApiKeys apiKeys) {
        String slug = "ours-" + UUID.randomUUID().toString().substring(0, 8);
        String id = asAdmin().body(Map.of("slug", slug, "name", "Our workspace")).post("/api/v1/workspaces")
                .then().statusCode(201).extract().path("id");
        return new OurWorkspace(slug, id, anAdminKeyBoundTo(apiKeys, id, "our partner app").value());
    }

    /** Inserts a key through the port, as the key management use cases will. */
    static ApiKeySecret anAdminKeyBoundTo(ApiKeys apiKeys, String workspaceId, String name) {
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), UUID.fromString(workspaceId), name, secret.displayPrefix(),
                secret.hash(), Set.of("admin"), false, Instant.now().truncatedTo(ChronoUnit.MICROS), null, null))
                .await().indefinitely();
        return secret;
    }
}
