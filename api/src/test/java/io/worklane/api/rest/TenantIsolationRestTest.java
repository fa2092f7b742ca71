package io.worklane.api.rest;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
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

/** A key bound to one workspace sees nothing of another: 404, never 403, never a hint. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class TenantIsolationRestTest {
    @Inject
    ApiKeys apiKeys;

    private RequestSpecification as(String secret) {
        return given().header("Authorization", "Bearer " + secret).contentType(ContentType.JSON);
    }

    private String aKeyBoundTo(String slug, Instant expiresAt, Instant revokedAt) {
        return aKeyBoundTo(slug, expiresAt, revokedAt, Set.of("workspace:read", "projects:read", "work_items:write"));
    }

    private String aKeyBoundTo(String slug, Instant expiresAt, Instant revokedAt, Set<String> scopes) {
        UUID wsId = UUID.fromString(asAdmin().get("/api/v1/workspaces/" + slug).then().extract().path("id"));
        ApiKeySecret secret = ApiKeySecret.generate();
        apiKeys.insert(new ApiKey(Ids.newId(), wsId, "partner app", secret.displayPrefix(), secret.hash(),
                scopes, false, Instant.now().truncatedTo(ChronoUnit.MICROS), expiresAt, revokedAt))
                .await().indefinitely();
        return secret.value();
    }

    @Test
    void anotherWorkspacesObjectsDoNotExistForTheCaller() {
        String mine = aWorkspace();
        String theirs = aWorkspace();
        aProject(theirs, "SECRET");
        String theirItem = aWorkItem(theirs, "SECRET", "Confidential").extract().path("id");
        String key = aKeyBoundTo(mine, null, null);

        as(key).get("/api/v1/workspaces/" + theirs).then().statusCode(404).body("code", equalTo("WORKSPACE_NOT_FOUND"));
        as(key).get("/api/v1/workspaces/" + theirs + "/work-items/SECRET-1").then().statusCode(404)
                .body(not(containsString("Confidential")));
        as(key).get("/api/v1/workspaces/" + mine + "/work-items/" + theirItem).then().statusCode(404)
                .body("code", equalTo("WORK_ITEM_NOT_FOUND"));
        as(key).contentType("application/merge-patch+json").body("{\"title\":\"pwned\"}")
                .patch("/api/v1/workspaces/" + theirs + "/work-items/SECRET-1").then().statusCode(404);
        as(key).body("{\"project\":\"SECRET\",\"title\":\"x\"}").post("/api/v1/workspaces/" + mine + "/work-items")
                .then().statusCode(404).body("code", equalTo("PROJECT_NOT_FOUND"));
        as(key).get("/api/v1/workspaces").then().statusCode(200).body("items.slug", contains(mine));
        asAdmin().get("/api/v1/workspaces/" + theirs + "/work-items/SECRET-1").then().body("title", equalTo("Confidential"));
    }

    @Test
    void aKeyDoesOnlyWhatItsScopesAllow() {
        String ws = aWorkspace();
        aProject(ws, "SC");
        aWorkItem(ws, "SC", "Readable");
        String reader = aKeyBoundTo(ws, null, null, Set.of("work_items:read"));
        as(reader).get("/api/v1/workspaces/" + ws + "/work-items/SC-1").then().statusCode(200);
        as(reader).body("{\"project\":\"SC\",\"title\":\"x\"}").post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("work_items:write"));
        as(reader).get("/api/v1/workspaces/" + ws + "/members").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(reader).get("/api/v1/workspaces/" + ws + "/projects").then().statusCode(403);
        String writer = aKeyBoundTo(ws, null, null, Set.of("work_items:write"));
        as(writer).get("/api/v1/workspaces/" + ws + "/work-items/SC-1").then().statusCode(200);
        as(writer).body("{\"project\":\"SC\",\"title\":\"x\"}").post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201);
        String admin = aKeyBoundTo(ws, null, null, Set.of("admin"));
        as(admin).contentType("application/merge-patch+json").body("{\"name\":\"Renamed\"}")
                .patch("/api/v1/workspaces/" + ws).then().statusCode(200);
        as(writer).contentType("application/merge-patch+json").body("{\"name\":\"Nope\"}")
                .patch("/api/v1/workspaces/" + ws).then().statusCode(403);
    }

    @Test
    void onlyTheInstanceAdministratorCreatesWorkspaces() {
        String key = aKeyBoundTo(aWorkspace(), null, null);
        as(key).body("{\"slug\":\"not-allowed\",\"name\":\"No\"}").post("/api/v1/workspaces").then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void expiredRevokedUnknownAndMalformedKeysAre401() {
        String ws = aWorkspace();
        String expired = aKeyBoundTo(ws, Instant.now().minusSeconds(60), null);
        String revoked = aKeyBoundTo(ws, null, Instant.now().minusSeconds(60));
        for (String header : new String[] {"Bearer " + expired, "Bearer " + revoked, "Bearer wl_unknown_key",
            "Bearer not-a-worklane-key", "Basic YWRtaW46YWRtaW4=", "Bearer " + "x".repeat(5000)}) {
            given().header("Authorization", header).get("/api/v1/workspaces").then().log().ifValidationFails().statusCode(401)
                    .contentType("application/problem+json").body("code", equalTo("UNAUTHENTICATED"));
        }
    }
}
