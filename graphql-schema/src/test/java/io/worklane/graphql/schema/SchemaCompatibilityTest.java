package io.worklane.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema only grows: a front end written against a released version keeps working. A removed type
 * or field, a changed type, a new required argument or input field fails the build with the list of
 * breakages (graphql-java's SchemaDiff). Releasing copies schema.graphql to released/schema-vX.Y.Z.graphql
 * and adds the version here.
 */
class SchemaCompatibilityTest {
    static {
        // the schemas are our own documents, not requests: graphql-java's guard against hostile queries (15,000
        // tokens by default, which the schema outgrew on 2026-12-07) does not apply to them
        graphql.parser.ParserOptions.setDefaultParserOptions(graphql.parser.ParserOptions.getDefaultParserOptions()
                .transform(o -> o.maxTokens(Integer.MAX_VALUE)));
        graphql.parser.ParserOptions.setDefaultOperationParserOptions(graphql.parser.ParserOptions
                .getDefaultOperationParserOptions().transform(o -> o.maxTokens(Integer.MAX_VALUE)));
        graphql.parser.ParserOptions.setDefaultSdlParserOptions(graphql.parser.ParserOptions.getDefaultSdlParserOptions()
                .transform(o -> o.maxTokens(Integer.MAX_VALUE)));
    }

    static Path dir() {
        return Path.of(System.getProperty("worklane.schema.dir", "."));
    }

    @ParameterizedTest(name = "schema.graphql is backward compatible with {0}")
    @ValueSource(strings = {"v0.1.0"})
    void theSchemaStaysCompatibleWithEveryReleasedVersion(String version) throws Exception {
        String released = Files.readString(dir().resolve("released").resolve("schema-" + version + ".graphql"));
        String current = Files.readString(dir().resolve("schema.graphql"));
        CapturingReporter reporter = new CapturingReporter();

        new SchemaDiff().diffSchema(SchemaDiffSet.diffSetFromSdl(released, current), reporter);

        assertThat(reporter.getBreakages())
                .as("breaking changes against %s:%n%s", version, reporter.getBreakages().stream()
                        .map(SchemaCompatibilityTest::describe).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    private static String describe(DiffEvent event) {
        return "  " + event.getCategory() + " " + event.getTypeName()
                + (event.getFieldName() == null ? "" : "." + event.getFieldName()) + ": " + event.getReasonMsg();
    }
}
