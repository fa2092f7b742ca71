package io.worklane.api.apikey;

import static io.worklane.api.apikey.Keys.aKeyCreatedBy;
import static io.worklane.api.apikey.Keys.aKeyWith;
import static io.worklane.api.apikey.Keys.as;
import static io.worklane.api.apikey.Keys.keysOf;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.worklane.api.support.PostgresResource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Partner apps get keys bound to one workspace: the secret once, exactly the scopes granted, revocable at once. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ApiKeysRestTest {

    @Test
    void aNewKeysSecretIsShownOnceAndNeverAgain() {
        String ws = aWorkspace();
        ExtractableResponse<Response> created = asAdmin()
                .body(Map.of("name", "Billing sync", "scopes", List.of("work_items:write", "projects:read")))
                .post(keysOf(ws)).then().statusCode(201)
                .header("Location", containsString("/api-keys/"))
                .header("Cache-Control", "no-store")
                .body("secret", matchesPattern("wl_[0-9A-Za-z]{46}"))
                .body("name", equalTo("Billing sync"))
                .body("scopes", equalTo(List.of("projects:read", "work_items:write")))
                .body("createdBy.kind", equalTo("API_KEY"))
                .body("createdAt", notNullValue())
                .body("expiresAt", nullValue()).body("revokedAt", nullValue()).body("lastUsedAt", nullValue())
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");
        assertThat(secret).startsWith((String) created.path("prefix"));
        assertThat(created.header("Location")).endsWith("/api-keys/" + id);

        asAdmin().get(keysOf(ws) + "/" + id).then().statusCode(200)
                .body("id", equalTo(id)).body("prefix", equalTo(secret.substring(0, 11)))
                .body("secret", nullValue()).body(not(containsString(secret.substring(11))));
        asAdmin().get(keysOf(ws)).then().statusCode(200)
                .body("items.id", equalTo(List.of(id))).body("nextCursor", nullValue())
                .body(not(containsString(secret.substring(11))));
    }

    @Test
    void aKeyActsInItsWorkspaceWithExactlyItsScopes() {
        String ws = aWorkspace();
        aProject(ws, "SC");
        aWorkItem(ws, "SC", "Readable");
        Keys.Issued reader = aKeyWith(ws, "work_items:read");

        as(reader).get("/api/v1/workspaces/" + ws + "/work-items/SC-1").then().statusCode(200);
        as(reader).body(Map.of("project", "SC", "title", "x")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("work_items:write"));
        as(reader).get("/api/v1/workspaces/" + ws + "/projects").then().statusCode(403);
        as(reader).get(keysOf(ws)).then().statusCode(403).body("code", equalTo("INSUFFICIENT_SCOPE"));

        Keys.Issued writer = aKeyWith(ws, "work_items:write");
        as(writer).body(Map.of("project", "SC", "title", "x")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201).body("key", equalTo("SC-2"));
    }

    @Test
    void aKeyGrantsAndManagesOnlyScopesItHolds() {
        String ws = aWorkspace();
        Keys.Issued manager = aKeyWith(ws, "api_keys:write", "work_items:write");
        Keys.Issued admin = aKeyWith(ws, "admin");

        Keys.Issued child = aKeyCreatedBy(as(manager), ws, "work_items:read", "work_items:write");
        as(manager).body(Map.of("name", "More", "scopes", List.of("work_items:read", "members:write")))
                .post(keysOf(ws)).then().statusCode(403).contentType("application/problem+json")
                .body("code", equalTo("INSUFFICIENT_SCOPE")).body("detail", containsString("members:write"))
                .body("detail", not(containsString("work_items")));
        as(manager).delete(keysOf(ws) + "/" + admin.id()).then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(manager).post(keysOf(ws) + "/" + admin.id() + "/rotate").then().statusCode(403)
                .body("code", equalTo("INSUFFICIENT_SCOPE"));
        as(admin).get("/api/v1/workspaces/" + ws).then().statusCode(200);

        asAdmin().get(keysOf(ws) + "/" + child.id()).then()
                .body("createdBy.kind", equalTo("API_KEY")).body("createdBy.id", equalTo(manager.id()))
                .body("createdBy.name", equalTo("Partner app"));
        as(manager).delete(keysOf(ws) + "/" + child.id()).then().statusCode(204);
        Keys.Issued wide = aKeyCreatedBy(as(admin), ws, "members:write", "webhooks:read");
        as(wide).get("/api/v1/workspaces/" + ws + "/members").then().statusCode(200);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnce() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "workspace:read");
        as(key).get("/api/v1/workspaces/" + ws).then().statusCode(200);

        asAdmin().delete(keysOf(ws) + "/" + key.id()).then().statusCode(204);

        as(key).get("/api/v1/workspaces/" + ws).then().statusCode(401).contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        String revokedAt = asAdmin().get(keysOf(ws) + "/" + key.id()).then().statusCode(200)
                .body("revokedAt", notNullValue()).extract().path("revokedAt");
        asAdmin().delete(keysOf(ws) + "/" + key.id()).then().statusCode(204);
        asAdmin().get(keysOf(ws) + "/" + key.id()).then().body("revokedAt", equalTo(revokedAt));
    }

    @Test
    void aKeyCanRevokeItself() {
        String ws = aWorkspace();
        Keys.Issued key = aKeyWith(ws, "api_keys:write");

        as(key).delete(keysOf(ws) + "/" + key.id()).then().statusCode(204);

        as(key).get(keysOf(ws)).then().statusCode(401);
    }

    @Test
    void anotherWorkspacesKeysDoNotExistForAKey() {
        String mine = aWorkspace();
        String theirs = aWorkspace();
        Keys.Issued manager = aKeyWith(mine, "admin");
        Keys.Issued theirKey = aKeyWith(theirs, "workspace:read");

        as(manager).get(keysOf(theirs)).then().statusCode(404).body("code", equalTo("WORKSPACE_NOT_FOUND"));
        as(manager).delete(keysOf(theirs) + "/" + theirKey.id()).then().statusCode(404)
                .body("code", equalTo("WORKSPACE_NOT_FOUND"));
        as(manager).delete(keysOf(mine) + "/" + theirKey.id()).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("API_KEY_NOT_FOUND"));
        as(manager).post(keysOf(mine) + "/" + theirKey.id() + "/rotate").then().statusCode(404);
        as(manager).get(keysOf(mine) + "/" + theirKey.id()).then().statusCode(404);
        as(manager).body(Map.of("name", "x", "scopes", List.of("workspace:read"))).post(keysOf(theirs))
                .then().statusCode(404);
        as(manager).get(keysOf(mine) + "/not-a-uuid").then().statusCode(404);

        as(theirKey).get("/api/v1/workspaces/" + theirs).then().statusCode(200);
        as(manager).get(keysOf(mine)).then().statusCode(200).body("items.id", equalTo(List.of(manager.id())));
    }

    @Test
    void keysAreListedOldestFirstPageByPage() {
        String ws = aWorkspace();
        String first = aKeyWith(ws, "workspace:read").id();
        String second = aKeyWith(ws, "projects:read").id();
        String third = aKeyWith(ws, "members:read").id();

        String cursor = asAdmin().get(keysOf(ws) + "?limit=2").then().statusCode(200)
                .body("items.id", equalTo(List.of(first, second))).body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        asAdmin().get(keysOf(ws) + "?limit=2&cursor=" + cursor).then().statusCode(200)
                .body("items.id", equalTo(List.of(third))).body("nextCursor", nullValue());
        asAdmin().get(keysOf(ws) + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void aReplayedCreateShowsTheKeyButNotItsSecret() {
        String ws = aWorkspace();
        Map<String, Object> body = Map.of("name", "Retried", "scopes", List.of("workspace:read"));
        ExtractableResponse<Response> first = asAdmin().header("Idempotency-Key", "create-once").body(body)
                .post(keysOf(ws)).then().statusCode(201).body("secret", startsWith("wl_")).extract();

        asAdmin().header("Idempotency-Key", "create-once").body(body).post(keysOf(ws)).then().statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .body("id", equalTo(first.path("id"))).body("secret", nullValue())
                .body(not(containsString(((String) first.path("secret")).substring(11))));
        asAdmin().get(keysOf(ws)).then().body("items.size()", equalTo(1));
    }

    @Test
    void badInputIsA400ThatNamesTheField() {
        String ws = aWorkspace();
        create(ws, Map.of("name", "x", "scopes", List.of("work_items:read", "work_items:delete")))
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].code", equalTo("UNKNOWN_SCOPE")).body("errors[0].field", equalTo("scopes[1]"))
                .body("errors[0].message", containsString("work_items:delete"));
        create(ws, Map.of("name", "x", "scopes", List.of("READ"))).body("errors.code", hasItem("UNKNOWN_SCOPE"));
        create(ws, Map.of("name", "x", "scopes", List.of("workspace:read"),
                "expiresAt", Instant.now().minusSeconds(60).toString()))
                .body("errors.field", hasItem("expiresAt")).body("errors.code", hasItem("IN_THE_PAST"));
        create(ws, Map.of("name", "x".repeat(201), "scopes", List.of("workspace:read")))
                .body("errors.field", hasItem("name"));
        create(ws, Map.of("name", "   ", "scopes", List.of("workspace:read"))).body("errors.field", hasItem("name"));
        create(ws, Map.of("name", "x", "scopes", List.of())).body("errors.field", hasItem("scopes"));
        create(ws, Map.of("name", "x")).body("errors.field", hasItem("scopes"));
        create(ws, Map.of("name", "x", "scopes", "admin")).body("errors.field", hasItem("scopes"));
        create(ws, Map.of("name", "x", "scopes", List.of("workspace:read"), "expiresAt", "tomorrow"))
                .body("errors.field", hasItem("expiresAt"));
        create(ws, Map.of("name", "x", "scopes", List.of("workspace:read"), "expiresAt", "+99999-01-01T00:00:00Z"));
        create(ws, Map.of("name", "x", "scopes", List.of("workspace:read"), "colour", "red"))
                .body("errors.code", hasItem("UNKNOWN_FIELD"));
        asAdmin().get(keysOf(ws)).then().body("items.size()", equalTo(0));
    }

    @Test
    void oddUnicodeInANameIsA400NeverA500() {
        String ws = aWorkspace();
        for (String name : new String[] {"nul\u0000byte", "bell\u0007", "evil\u202Etxt.exe", "zero\u200Bwidth",
            "line\u2028break", "bom\uFEFF", "non\uFFFFchar", "tab\tname"}) {
            create(ws, Map.of("name", name, "scopes", List.of("workspace:read")))
                    .body("errors.code", hasItem("INVALID_CHARACTERS"));
        }
        asAdmin().body("{\"name\":\"lone \\ud800 surrogate\",\"scopes\":[\"workspace:read\"]}").post(keysOf(ws))
                .then().statusCode(400).contentType("application/problem+json");
        asAdmin().get(keysOf(ws)).then().body("items.size()", equalTo(0));

        asAdmin().body(Map.of("name", "  Café 👩\u200D💻 Sync  ", "scopes", List.of("workspace:read")))
                .post(keysOf(ws)).then().statusCode(201).body("name", equalTo("Café 👩\u200D💻 Sync"));
    }

    private static io.restassured.response.ValidatableResponse create(String ws, Map<String, Object> body) {
        return asAdmin().body(body).post(keysOf(ws)).then().log().ifValidationFails().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("Exception")));
    }
}
