package io.worklane.api.apikey;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.aWorkspace;
import static io.worklane.api.support.Api.asAdmin;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import io.worklane.domain.apikey.ApiKeySecret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whether a key prefix exists must not show in how a wrong key is refused: a secret is looked up by
 * its SHA-256 alone, so a forged secret that shares a real key's visible prefix costs exactly the
 * work of a random one (one statement) and gets the same 401. Counting statements is the
 * deterministic stand-in for a timing measurement, which would be flaky on a shared machine.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class KeyLookupEqualWorkTest {
    @Test
    void a_forged_secret_with_a_real_prefix_costs_what_a_random_one_costs() {
        String ws = aWorkspace();
        String real = asAdmin().body(Map.of("name", "Partner", "scopes", List.of("workspace:read")))
                .post("/api/v1/workspaces/" + ws + "/api-keys").then().statusCode(201).extract().path("secret");
        String samePrefix = forgedWithPrefix(new ApiKeySecret(real).displayPrefix());
        String random = ApiKeySecret.generate().value();

        long forged = statementsOfRefusal(samePrefix);
        long unknown = statementsOfRefusal(random);

        assertThat(forged).isEqualTo(unknown).isEqualTo(1);
    }

    /** The SQL statements of a refused request, as the server tallied them for that request alone. */
    private static long statementsOfRefusal(String secret) {
        return Long.parseLong(given().header("Authorization", "Bearer " + secret).get("/api/v1/workspaces").then()
                .statusCode(401).extract().header("Worklane-Sql-Statements"));
    }

    private static String forgedWithPrefix(String prefix) {
        while (true) {
            String candidate = ApiKeySecret.generate().value();
            String forged = prefix + candidate.substring(prefix.length());
            if (!forged.equals(candidate)) {
                return forged;
            }
        }
    }
}
