package io.worklane.api.graphql;

import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.worklane.api.support.PostgresResource;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One regression case per kind of bad GraphQL input the contract fuzzer found answered with a bare 500,
 * INTERNAL_ERROR, or an error without a code (issue #20), each fixed in GraphQLRequestCheck or
 * ErrorTranslation, which every operation goes through.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class MalformedGraphQLRegressionTest {
    private static final String PAGE = "query($f: Int) { workspaces(first: $f) { edges { cursor } } }";

    @Test
    void variablesThatAreNotAnObjectAre400WithACode() {
        for (String variables : new String[]{"[1]", "\"x\"", "1e400"}) {
            asAdmin().body("{\"query\":\"{ workspaces { edges { cursor } } }\",\"variables\":" + variables + "}")
                    .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("VALIDATION_FAILED"))
                    .body("errors[0].extensions.errors[0].field", equalTo("variables"));
        }
    }

    @Test
    void aMissingQueryOrTrailingGarbageOrDeepNestingIs400() {
        asAdmin().body("{\"variables\":{}}").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.errors[0].code", equalTo("REQUIRED"));
        asAdmin().body("{\"query\":\"{ workspaces { edges { cursor } } }\"} x").post("/graphql").then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("MALFORMED_JSON"));
        asAdmin().body("{\"query\":\"{ __typename }\",\"variables\":{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}}")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.code", equalTo("MALFORMED_JSON"));
    }

    @Test
    void fractionalOrOutOfRangeIntsAreValidationErrors() {
        for (Object bad : new Object[]{1.5, 2147483648L, "abc"}) {
            JsonPath result = asAdmin().body(Map.of("query", PAGE, "variables", Map.of("f", bad))).post("/graphql").then()
                    .statusCode(200).extract().jsonPath();
            assertThat(result.getList("errors.extensions.code", String.class)).as("%s", bad).isNotEmpty()
                    .allMatch("VALIDATION_FAILED"::equals);
        }
        JsonPath literal = asAdmin().body(Map.of("query", "{ workspace(idOrSlug: \"x\") { workItems(first: 9223372036854776861)"
                + " { edges { cursor } } } }")).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(literal.getList("errors.extensions.code", String.class)).doesNotContain("INTERNAL_ERROR");
    }

    @Test
    void nulInAStringOrIdIsRefusedBeforeTheDatabase() {
        asAdmin().body("{\"query\":\"query($s: String!) { workspace(idOrSlug: $s) { id } }\",\"variables\":{\"s\":\"a\\u0000b\"}}")
                .post("/graphql").then().statusCode(400).body("errors[0].extensions.errors[0].code", equalTo("INVALID_CHARACTERS"));
        asAdmin().body(Map.of("query", "{ workspace(idOrSlug: \"a\\u0000b\") { id } }")).post("/graphql").then()
                .statusCode(200).body("errors[0].extensions.errors[0].code", equalTo("INVALID_CHARACTERS"));
    }

    @Test
    void aSyntaxErrorAndABadDateCarryCodes() {
        asAdmin().body(Map.of("query", "{ workspaces { edges { cursor } } } }}")).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.errors[0].code", equalTo("INVALID_SYNTAX"));
        String ws = aWorkspace();
        JsonPath dated = asAdmin().body(Map.of("query", "query($ws: String!, $d: Date!) { workspace(idOrSlug: $ws) {"
                + " workload(from: $d, to: $d) { __typename } } }", "variables", Map.of("ws", ws, "d", "2026-02-30")))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(dated.getList("errors.extensions.code", String.class)).isNotEmpty().doesNotContain("INTERNAL_ERROR");
    }

    @Test
    void aBodyThatIsNotJsonOrOfAnotherTypeIsRefused() {
        asAdmin().contentType("text/plain").body("{ workspaces { edges { cursor } } }").post("/graphql").then()
                .statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }
}
