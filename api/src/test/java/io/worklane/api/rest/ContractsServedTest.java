package io.worklane.api.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The REST contract is served as written in openapi/openapi.yaml, with its UI. */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class ContractsServedTest {

    @Test
    void theServedOpenApiDocumentIsTheCommittedContract() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        String committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(served).contains("operationId: createWorkItem", "/api/v1/workspaces/{ws}/work-items",
                "application/problem+json", "application/merge-patch+json");
        assertThat(operationIds(served)).isEqualTo(operationIds(committed));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static java.util.List<String> operationIds(String yaml) {
        return yaml.lines().map(String::trim).filter(l -> l.startsWith("operationId:")).sorted().toList();
    }
}
