package io.worklane.api.rest;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.aMember;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkItem;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.support.PostgresResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One regression case per kind of bad input the contract fuzzer (io.worklane.api.fuzz) found answered
 * with a 5xx, accepted, or refused in the wrong shape (issue #20). Each is fixed in the shared
 * mechanism that every endpoint goes through, so these pick one endpoint per kind.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MalformedInputRegressionTest {
    private static final HttpClient RAW = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aDotDotSegmentNeverReachesTheParentResource() throws Exception {
        String ws = aWorkspace();
        HttpResponse<String> response = raw("DELETE", "/api/v1/workspaces/" + ws + "/members/..", null, null);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("DOT_SEGMENT");
        assertThat(raw("DELETE", "/api/v1/workspaces/" + ws + "/members/%2e%2e", null, null).statusCode()).isEqualTo(400);
        asAdmin().get("/api/v1/workspaces/" + ws).then().statusCode(200);
    }

    @Test
    void aNulCharacterAnywhereIsA400NotADatabaseError() throws Exception {
        String ws = aWorkspace();
        aProject(ws, "NUL");
        assertThat(raw("GET", "/api/v1/workspaces/ac%00me", null, null).statusCode()).isEqualTo(400);
        assertThat(raw("GET", "/api/v1/workspaces/" + ws + "/work-items?q=a%00b", null, null).statusCode()).isEqualTo(400);
        asAdmin().body("{\"project\":\"NUL\",\"title\":\"a\\u0000b\"}").post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].code", equalTo("INVALID_CHARACTERS"));
        asAdmin().body("{\"project\":\"NUL\",\"title\":\"a\\ud800b\"}").post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(400);
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").then().body("items", equalTo(List.of()));
    }

    @Test
    void nullInsideAListIsRefusedUnderItsIndex() {
        String ws = aWorkspace();
        asAdmin().body("{\"kind\":\"PERSON\",\"name\":\"Ann\",\"skills\":[null]}").post("/api/v1/workspaces/" + ws
                + "/resources").then().statusCode(400).body("errors.field", hasItem("skills[0]"));
        String id = asAdmin().body(Map.of("kind", "PERSON", "name", "Bob")).post("/api/v1/workspaces/" + ws + "/resources")
                .then().statusCode(201).extract().path("id");
        asAdmin().contentType("application/merge-patch+json").body("{\"skills\":[{\"name\":\"java\",\"level\":true}]}")
                .patch("/api/v1/workspaces/" + ws + "/resources/" + id).then().statusCode(400);
    }

    @Test
    void aHugeNumberInAPatchIsA400LikeInAPost() {
        String ws = aWorkspace();
        aProject(ws, "BIG");
        String key = aWorkItem(ws, "BIG", "Item").extract().path("key");
        asAdmin().contentType("application/merge-patch+json").body("{\"estimateMinutes\":1e400}")
                .patch("/api/v1/workspaces/" + ws + "/work-items/" + key).then().statusCode(400)
                .body("errors.field", hasItem("estimateMinutes"));
        asAdmin().body("{\"project\":\"BIG\",\"title\":\"x\",\"estimateMinutes\":1e400}")
                .post("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(400);
    }

    @Test
    void jsonWithTrailingGarbageIsMalformed() {
        String ws = aWorkspace();
        asAdmin().body("{\"key\":\"TRL\",\"name\":\"T\",\"kind\":\"PROJECT\"} garbage")
                .post("/api/v1/workspaces/" + ws + "/projects").then().statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/projects/TRL").then().statusCode(404);
    }

    @Test
    void aBodyWithoutAContentTypeIs415() throws Exception {
        String ws = aWorkspace();
        HttpResponse<String> response = raw("POST", "/api/v1/workspaces/" + ws + "/projects", null,
                "{\"key\":\"CT\",\"name\":\"C\",\"kind\":\"PROJECT\"}");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.body()).contains("UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aWeakIfMatchNeverMatches() {
        String ws = aWorkspace();
        asAdmin().header("If-Match", "W/\"0\"").contentType("application/merge-patch+json").body(Map.of("name", "N"))
                .patch("/api/v1/workspaces/" + ws).then().statusCode(412).body("code", equalTo("CONFLICT"));
        asAdmin().get("/api/v1/workspaces/" + ws).then().body("version", equalTo(0));
    }

    @Test
    void anotherListsCursorIsRefused() {
        aWorkspace();
        aWorkspace();
        String workspacesCursor = asAdmin().get("/api/v1/workspaces?limit=1").then().statusCode(200).extract()
                .path("nextCursor");
        String ws = aWorkspace();
        aMember(ws, "one@cursor.example");
        aMember(ws, "two@cursor.example");
        asAdmin().queryParam("cursor", workspacesCursor).get("/api/v1/workspaces/" + ws + "/members").then()
                .statusCode(400).body("code", equalTo("INVALID_CURSOR"));
        String membersCursor = asAdmin().get("/api/v1/workspaces/" + ws + "/members?limit=1").then().extract()
                .path("nextCursor");
        asAdmin().queryParam("cursor", membersCursor).get("/api/v1/workspaces/" + ws + "/members?limit=1").then()
                .statusCode(200).body("items[0].email", equalTo("two@cursor.example"));
    }

    @Test
    void aMalformedUuidInThePathIsNotFoundAsTheContractSays() {
        String ws = aWorkspace();
        asAdmin().get("/api/v1/workspaces/" + ws + "/webhooks/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/work-items?assignee=not-a-uuid").then().statusCode(400);
    }

    @Test
    void problemInstancesAreValidUriReferences() throws Exception {
        String ws = aWorkspace();
        HttpResponse<String> response = raw("GET", "/api/v1/workspaces/" + ws + "/webhooks/a%20b", null, null);
        assertThat(response.statusCode()).isEqualTo(404);
        String instance = new io.restassured.path.json.JsonPath(response.body()).getString("instance");
        assertThat(URI.create(instance).getPath()).endsWith("/webhooks/a b");
    }

    @Test
    void aVeryLongPathIsA414ProblemDocument() throws Exception {
        HttpResponse<String> response = raw("GET", "/api/v1/workspaces/" + "a".repeat(10_000), null, null);
        assertThat(response.statusCode()).isEqualTo(414);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("URI_TOO_LONG");
    }

    @Test
    void aMalformedIdempotencyKeyIsRefusedWhereverItIsSent() {
        String ws = aWorkspace();
        asAdmin().header("Idempotency-Key", "k".repeat(256)).post("/api/v1/workspaces/" + ws + "/webhooks/"
                + java.util.UUID.randomUUID() + "/test").then().statusCode(400).body("errors[0].field",
                equalTo("Idempotency-Key"));
    }

    private static HttpResponse<String> raw(String method, String target, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + target))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
