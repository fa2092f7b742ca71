package io.worklane.api.audit;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKey;
import io.worklane.domain.apikey.ApiKeySecret;
import io.worklane.domain.apikey.ApiKeys;
import io.worklane.domain.shared.Ids;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Membership changes leave an audit trail that workspace administrators, and only they, can read. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class AuditTrailTest {
    @Inject
    ApiKeys apiKeys;

    @Test
    void membershipChangesAreAudited() {
        String ws = aWorkspace();
        String id = aMember(ws, "ada@example.com");
        asAdmin().contentType("application/merge-patch+json").body("{\"displayName\":\"Ada L.\"}")
                .patch("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(200);
        asAdmin().contentType("application/merge-patch+json").body("{\"role\":\"ADMIN\"}")
                .patch("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(200);
        asAdmin().delete("/api/v1/workspaces/" + ws + "/members/" + id).then().statusCode(204);

        asAdmin().get("/api/v1/workspaces/" + ws + "/audit-events").then().statusCode(200)
                .body("items.action", contains("member.added", "member.role_changed", "member.removed"))
                .body("items[1].details.from", equalTo("MEMBER")).body("items[1].details.to", equalTo("ADMIN"))
                .body("items[0].targetId", equalTo(id)).body("items[0].actor.kind", equalTo("API_KEY"));
        String query = "{\"query\":\"{ workspace(idOrSlug: \\\"" + ws + "\\\") { auditEvents { edges { node { action"
                + " details } } } } }\"}";
        asAdmin().body(query).post("/graphql").then().statusCode(200)
                .body("data.workspace.auditEvents.edges.node.action",
                        contains("member.added", "member.role_changed", "member.removed"));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        String ws = aWorkspace();
        String member = keyBoundTo(ws, Set.of("members:write", "workspace:read"));
        given().header("Authorization", "Bearer " + member).get("/api/v1/workspaces/" + ws + "/audit-events").then()
                .statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));
        String admin = keyBoundTo(ws, Set.of("admin"));
        given().header("Authorization", "Bearer " + admin).get("/api/v1/workspaces/" + ws + "/audit-events").then()
                .statusCode(200);
        given().header("Authorization", "Bearer " + admin).get("/api/v1/workspaces/" + aWorkspace() + "/audit-events")
                .then().statusCode(404);
    }

    @Test
    void aRevokedKeyThatIsStillUsedLeavesATrace() {
        String ws = aWorkspace();
        String key = keyBoundTo(ws, Set.of("work_items:read"));
        String keyId = asAdmin().get("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(200)
                .extract().path("items[0].id");
        asAdmin().delete("/api/v1/workspaces/" + ws + "/api-keys/" + keyId).then().statusCode(204);
        given().header("Authorization", "Bearer " + key).get("/api/v1/workspaces/" + ws + "/work-items").then()
                .statusCode(401);
        asAdmin().get("/api/v1/workspaces/" + ws + "/audit-events").then().statusCode(200)
                .body("items.action", contains("api_key.revoked", "authentication.failed"))
                .body("items[1].targetId", equalTo(keyId)).body("items[1].details.reason", equalTo("revoked"));
    }

    private String keyBoundTo(String slug, Set<String> scopes) {
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + slug).then().extract().path("id"));
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), wsId, "auditor", secret.displayPrefix(), secret.hash(), scopes, false,
                Instant.now().truncatedTo(ChronoUnit.MICROS), null, null)).await().indefinitely();
        return secret.value();
    }

}
