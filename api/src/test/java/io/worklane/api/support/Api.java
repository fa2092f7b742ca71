package io.worklane.api.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Test fixture: REST calls as the instance administrator, and builders of data with intent-revealing names. */
public final class Api {
    public static final String ADMIN_KEY = "wl_test_instance_admin_key_0123456789abcdef";

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON);
    }

    /** A fresh workspace with a unique slug; returns the slug. */
    public static String aWorkspace() {
        String slug = "ws-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("slug", slug, "name", "Workspace " + slug)).post("/api/v1/workspaces")
                .then().statusCode(201);
        return slug;
    }

    /** A project with the given key in the workspace. */
    public static ValidatableResponse aProject(String ws, String key) {
        return asAdmin().body(Map.of("key", key, "name", "Project " + key, "kind", "PROJECT"))
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(201);
    }

    public static ValidatableResponse aWorkItem(String ws, String project, String title) {
        return asAdmin().body(Map.of("project", project, "title", title))
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(201);
    }

    /** A file attached to the work item by the instance administrator; returns the attachment's JSON. */
    public static io.restassured.path.json.JsonPath anAttachment(String ws, String itemKey, String fileName, byte[] bytes) {
        return given().header("Authorization", "Bearer " + ADMIN_KEY).multiPart("file", fileName, bytes, "text/plain")
                .post("/api/v1/workspaces/" + ws + "/work-items/" + itemKey + "/attachments")
                .then().statusCode(201).extract().jsonPath();
    }

    public static String aMember(String ws, String email) {
        return asAdmin().body(Map.of("email", email, "role", "MEMBER")).post("/api/v1/workspaces/" + ws + "/members")
                .then().statusCode(201).extract().path("id");
    }

    /**
     * A queued background job of the workspace, as a bulk change of more items than the sync limit queues one (the
     * matrices need one of each kind of object; queuing one through the API would take 21 items). The runner is
     * off in tests, so it stays queued until a test runs it; with no steps it would end at once.
     */
    public static String aQueuedJob(String workspaceId) {
        UUID id = io.worklane.domain.shared.Ids.newId();
        String input = "{\"caller\": {\"credentialId\": \"seed\", \"name\": \"Seed\", \"instanceAdmin\": true,"
                + " \"kind\": \"API_KEY\"}, \"bulkId\": \"" + UUID.randomUUID() + "\", \"mode\": \"PER_ITEM\","
                + " \"dryRun\": false, \"operations\": [{\"addLabels\": [\"seed\"]}], \"ids\": [], \"keys\": []}";
        io.quarkus.arc.Arc.container().instance(io.vertx.mutiny.sqlclient.Pool.class).get()
                .preparedQuery("INSERT INTO jobs (id, workspace_id, kind, status, total, input, actor_kind, actor_id,"
                        + " created_at) VALUES ($1, $2, 'bulk_update', 'QUEUED', 0, cast(cast($3 AS text) AS jsonb), 'API_KEY', 'seed', now())")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(id, UUID.fromString(workspaceId), input))
                .await().indefinitely();
        return id.toString();
    }
}
