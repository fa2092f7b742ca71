package io.worklane.api.form;

import static io.restassured.RestAssured.given;
import static io.worklane.api.form.FormFixtures.aForm;
import static io.worklane.api.form.FormFixtures.aProcessProject;
import static io.worklane.api.form.FormFixtures.anItForm;
import static io.worklane.api.form.FormFixtures.anyone;
import static io.worklane.api.form.FormFixtures.open;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.worklane.api.support.PostgresResource;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Forms from the outside: the schema, submissions filed as items, tracking, and what strangers cannot learn. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class FormSubmissionsTest {

    private static String slug() {
        return "s-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<Map<String, Object>> items(String ws) {
        return asAdmin().get("/api/v1/workspaces/" + ws + "/work-items").then().statusCode(200).extract()
                .jsonPath().getList("items");
    }

    @Test
    void a_public_form_is_rendered_from_its_json_schema_and_ui_hints() {
        String ws = aWorkspace();
        aProcessProject(ws, "REN");
        String slug = slug();
        aForm(ws, anItForm("REN", slug, "PUBLIC"));
        anyone().get(open(slug)).then().statusCode(200).body("title", equalTo("Ask IT"))
                .body("schema.'$schema'", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("schema.additionalProperties", equalTo(false))
                .body("schema.required", equalTo(List.of("email", "summary")))
                .body("schema.properties.summary.maxLength", equalTo(100))
                .body("schema.properties.urgency.enum", equalTo(List.of("LOW", "HIGH")))
                .body("ui.order", equalTo(List.of("email", "summary", "details", "urgency")))
                .body("ui.fields.details.help", equalTo("Anything that helps"))
                .body("ui.hidden", equalTo(List.of("website")));
    }

    @Test
    void a_submission_files_a_request_that_automation_sees_and_its_token_tracks() {
        String ws = aWorkspace();
        aProcessProject(ws, "ITR");
        asAdmin().body(Map.of("name", "Triage", "trigger", Map.of("type", "ITEM_CREATED"), "actions", List.of(
                Map.of("type", "SET_FIELD", "field", "labels", "value", List.of("from-form")))))
                .post("/api/v1/workspaces/" + ws + "/automation-rules").then().statusCode(201);
        String slug = slug();
        aForm(ws, anItForm("ITR", slug, "PUBLIC"));

        String script = "<script>alert('x')</script> my screen flickers";
        String token = anyone().body(Map.of("email", "ada@example.com", "summary", "A second screen",
                        "details", script, "urgency", "HIGH", "website", ""))
                .post(open(slug) + "/submissions").then().statusCode(201).contentType(ContentType.JSON)
                .body("token", startsWith("wlfs_")).body("confirmation", equalTo("Thanks, we will get back to you."))
                .extract().path("token");

        List<Map<String, Object>> items = items(ws);
        assertThat(items).hasSize(1);
        Map<String, Object> item = items.get(0);
        assertThat(item).containsEntry("type", "REQUEST").containsEntry("title", "A second screen")
                .containsEntry("description", script).containsEntry("priority", "HIGH");
        assertThat(item.get("labels")).isEqualTo(List.of("from-form"));
        asAdmin().get("/api/v1/workspaces/" + ws + "/events").then()
                .body("items.type", hasItem("form.submitted"))
                .body("items.find { it.type == 'form.submitted' }.data.submitterEmail", equalTo("ada@example.com"));

        anyone().get(open(slug) + "/submissions/" + token).then().statusCode(200)
                .body("status", equalTo(item.get("status"))).body("category", equalTo("TODO"))
                .body("statusName", notNullValue()).body("size()", equalTo(3));
    }

    @Test
    void an_invalid_submission_writes_nothing_and_lists_every_problem() {
        String ws = aWorkspace();
        aProcessProject(ws, "INV");
        String slug = slug();
        aForm(ws, anItForm("INV", slug, "PUBLIC"));
        anyone().body(Map.of("email", "not-an-address", "summary", "x".repeat(101), "urgency", "SOON",
                        "isAdmin", true))
                .post(open(slug) + "/submissions").then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", containsInAnyOrder("isAdmin", "email", "summary", "urgency"))
                .body("errors.code", containsInAnyOrder("UNKNOWN_FIELD", "INVALID_FORMAT", "TOO_LONG", "INVALID_VALUE"));
        anyone().body(Map.of("details", "no email, no summary")).post(open(slug) + "/submissions").then()
                .statusCode(400).body("errors.field", containsInAnyOrder("email", "summary"));
        assertThat(items(ws)).isEmpty();
    }

    @Test
    void a_filled_honeypot_looks_accepted_but_writes_nothing() {
        String ws = aWorkspace();
        aProcessProject(ws, "BOT");
        String slug = slug();
        aForm(ws, anItForm("BOT", slug, "PUBLIC"));
        String token = anyone().body(Map.of("email", "bot@example.com", "summary", "Cheap pills",
                        "website", "http://spam.example"))
                .post(open(slug) + "/submissions").then().statusCode(201).body("token", startsWith("wlfs_"))
                .extract().path("token");
        assertThat(items(ws)).isEmpty();
        anyone().get(open(slug) + "/submissions/" + token).then().statusCode(404);
    }

    @Test
    void strangers_learn_nothing_from_the_public_endpoints() {
        String ws = aWorkspace();
        aProcessProject(ws, "SEC");
        String members = slug();
        aForm(ws, anItForm("SEC", members, "MEMBERS"));
        String pub = slug();
        aForm(ws, anItForm("SEC", pub, "PUBLIC"));
        String token = anyone().body(Map.of("email", "ada@example.com", "summary", "Mine"))
                .post(open(pub) + "/submissions").then().statusCode(201).extract().path("token");

        // a MEMBERS form is 404 to anonymous callers and to another workspace's key, like a form that does not exist
        String other = aWorkspace();
        String theirs = asAdmin().body(Map.of("name", "theirs", "scopes", List.of("work_items:write")))
                .post("/api/v1/workspaces/" + other + "/api-keys").then().statusCode(201).extract().path("secret");
        String missing = anyone().get(open("no-such-form")).then().statusCode(404).extract().path("code");
        assertThat(missing).isEqualTo("FORM_NOT_FOUND");
        anyone().get(open(members)).then().statusCode(404).body("code", equalTo(missing))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("SEC")));
        given().header("Authorization", "Bearer " + theirs).get(open(members)).then().statusCode(404);
        anyone().body(Map.of("email", "a@example.com", "summary", "x")).post(open(members) + "/submissions").then()
                .statusCode(404);
        String ours = asAdmin().body(Map.of("name", "ours", "scopes", List.of("work_items:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        given().header("Authorization", "Bearer " + ours).get(open(members)).then().statusCode(200);

        // a wrong, malformed or other form's token is 404
        anyone().get(open(pub) + "/submissions/wlfs_" + "0".repeat(40)).then().statusCode(404);
        anyone().get(open(pub) + "/submissions/forged").then().statusCode(404);
        anyone().get(open(members) + "/submissions/" + token).then().statusCode(404);
        anyone().get(open(pub) + "/submissions/" + token).then().statusCode(200);
    }

    @Test
    void a_submission_too_large_is_413_and_too_many_from_one_address_are_429() {
        String ws = aWorkspace();
        aProcessProject(ws, "LIM");
        String slug = slug();
        aForm(ws, anItForm("LIM", slug, "PUBLIC"));
        anyone().body(Map.of("email", "a@example.com", "summary", "big", "details", "x".repeat(70_000)))
                .post(open(slug) + "/submissions").then().statusCode(413).body("code", equalTo("PAYLOAD_TOO_LARGE"));

        // this address's shared bucket is empty and will not refill for an hour
        var pool = io.quarkus.arc.Arc.container().instance(io.vertx.mutiny.sqlclient.Pool.class).get();
        String empty = "INSERT INTO rate_limit_buckets (bucket, tokens, refilled_at) SELECT 'form:' || a, 0,"
                + " now() + interval '1 hour' FROM unnest(ARRAY['address:127.0.0.1', 'address:0000000000000000::/64']) a"
                + " ON CONFLICT (bucket) DO UPDATE SET tokens = 0, refilled_at = excluded.refilled_at";
        try {
            pool.query(empty).execute().await().indefinitely();
            anyone().body(Map.of("email", "a@example.com", "summary", "one more")).post(open(slug) + "/submissions")
                    .then().statusCode(429).header("Retry-After", notNullValue()).body("code", equalTo("RATE_LIMITED"));
        } finally {
            pool.query("DELETE FROM rate_limit_buckets WHERE bucket LIKE 'form:%'").execute().await().indefinitely();
        }
        assertThat(items(ws)).isEmpty();
    }
}
