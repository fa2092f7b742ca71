package io.worklane.api.activity;

import static io.restassured.RestAssured.given;
import static io.worklane.api.activity.Activity.historyOf;
import static io.worklane.api.activity.Activity.patch;
import static io.worklane.api.support.Api.aProject;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.worklane.api.signin.Tokens;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A person signed in acts as the member it is: the history names that member, not the token's subject. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ActivityAsMemberTest {

    @Test
    void a_signed_in_members_changes_are_recorded_as_that_member() {
        String ws = aWorkspace();
        aProject(ws, "MEM");
        String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String memberId = asAdmin().body(Map.of("email", email, "role", "MEMBER"))
                .post("/api/v1/workspaces/" + ws + "/members").then().statusCode(201).extract().path("id");
        RequestSpecification ada = given().header("Authorization", "Bearer "
                + Tokens.of(UUID.randomUUID().toString(), email, true)).contentType(ContentType.JSON);

        ada.body(Map.of("project", "MEM", "title", "Mine")).post("/api/v1/workspaces/" + ws + "/work-items")
                .then().statusCode(201);
        patch(ada, ws, "MEM-1", "{\"priority\":\"HIGH\"}");

        JsonPath history = historyOf(asAdmin(), ws, "MEM-1").statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.field")).containsExactly("created", "priority");
        assertThat(history.getList("items.actor.kind")).containsOnly("MEMBER");
        assertThat(history.getList("items.actor.id")).containsOnly(memberId);
        assertThat(history.getString("items[1].before")).isEqualTo("NONE");
        assertThat(history.getString("items[1].after")).isEqualTo("HIGH");
    }
}
