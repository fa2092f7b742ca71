package io.worklane.api.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example operations for front ends stay valid against the committed schema. */
class GraphQLExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "graphql-schema", "examples");

    @Test
    void everyExampleIsAValidOperation() throws IOException {
        GraphQLSchema schema = committedSchema();
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }

        assertThat(examples).isNotEmpty();
        for (Path example : examples) {
            var document = Parser.parse(Files.readString(example));
            assertThat(new Validator().validateDocument(schema, document, Locale.ENGLISH))
                    .as(example.getFileName().toString()).isEmpty();
        }
    }

    private static GraphQLSchema committedSchema() throws IOException {
        try (InputStream in = GraphQLExamplesTest.class.getResourceAsStream("/worklane/graphql/schema.graphql")) {
            assertThat(in).as("the graphql-schema module on the test classpath").isNotNull();
            String sdl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        }
    }
}
