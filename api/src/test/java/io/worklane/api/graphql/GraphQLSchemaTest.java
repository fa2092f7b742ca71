package io.worklane.api.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.worklane.api.support.PostgresResource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The served schema is the reviewed one in graphql-schema/schema.graphql, so that every change to the
 * API is deliberate. On a difference the served schema is written to target/served-schema.graphql:
 * review it, copy it over the committed one and install the graphql-schema module.
 */
@QuarkusTest
@WithTestResource(PostgresResource.class)
class GraphQLSchemaTest {
    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.writeString(Path.of("target", "served-schema.graphql"), served);
        assertThat(normalised(served)).isEqualTo(normalised(committed()));
    }

    private static String committed() throws IOException {
        try (InputStream in = GraphQLSchemaTest.class.getResourceAsStream("/worklane/graphql/schema.graphql")) {
            assertThat(in).as("the graphql-schema module on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String normalised(String sdl) {
        return sdl.replace("\r\n", "\n").lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }
}
