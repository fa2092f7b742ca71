package io.worklane.api.limits;

import static io.worklane.api.support.Api.ADMIN_KEY;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The request-level limits of POST /graphql: aliases, batches, GET. Depth, cost, {@code first} ≤ 200
 * and {@code extensions.cost} are in GraphQLErrorsTest.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLLimitsTest {
    private static String withAliases(int count) {
        return "{ " + IntStream.range(0, count).mapToObj(i -> "a" + i + ": workspaces(first: 1) { edges { cursor } }")
                .collect(Collectors.joining(" ")) + " }";
    }

    private static JsonPath post(String query) {
        return asAdmin().body(Clients.graphQL(query)).post("/graphql").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void thirtyAliasesAreAllowed() {
        JsonPath result = post(withAliases(30));

        assertThat(result.getList("errors")).isNull();
        assertThat(result.getMap("data")).hasSize(30);
    }

    @Test
    void moreAliasesAreRefusedBeforeTheQueryRuns() {
        JsonPath result = post(withAliases(31));

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(result.getString("errors[0].extensions.errors[0].field")).isEqualTo("query");
        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("TOO_MANY_ALIASES");
        assertThat(result.getString("errors[0].message")).contains("31 aliases").contains("at most 30");
        assertThat(result.getString("data")).isNull();
    }

    @Test
    void aliasesInFragmentsCountToo() {
        String fragment = "fragment F on Query { " + IntStream.range(0, 31)
                .mapToObj(i -> "f" + i + ": workspaces(first: 1) { edges { cursor } }").collect(Collectors.joining(" "))
                + " }";

        JsonPath result = post("{ ...F } " + fragment);

        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("TOO_MANY_ALIASES");
    }

    @Test
    void aBatchOfOperationsIsRefusedWithACode() {
        String batch = " [" + Clients.graphQL("{ workspaces { edges { cursor } } }") + ", "
                + Clients.graphQL("{ workspaces { edges { cursor } } }") + "]";

        JsonPath result = asAdmin().body(batch).post("/graphql").then().statusCode(400)
                .contentType("application/json").header("RateLimit-Limit", "1000000").extract().jsonPath();

        assertThat(result.getString("errors[0].extensions.code")).isEqualTo("VALIDATION_FAILED");
        assertThat(result.getString("errors[0].extensions.errors[0].field")).isEqualTo("query");
        assertThat(result.getString("errors[0].extensions.errors[0].code")).isEqualTo("BATCH_NOT_SUPPORTED");
    }

    @Test
    void aBatchNeedsAKeyBeforeItsBodyIsRead() {
        io.restassured.RestAssured.given().contentType("application/json").body("[{\"query\": \"{ __typename }\"}]")
                .post("/graphql").then().statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void getIsNotAllowed() {
        io.restassured.RestAssured.given().header("Authorization", "Bearer " + ADMIN_KEY)
                .queryParam("query", "{ workspaces { edges { cursor } } }").get("/graphql").then().statusCode(405);
    }

    @Test
    void oneOperationStillWorksAndReportsItsCost() {
        JsonPath result = post("{ workspaces(first: 2) { edges { cursor } } }");

        assertThat(result.getList("errors")).isNull();
        assertThat(result.getInt("extensions.cost.estimated")).isEqualTo(5);
    }
}
