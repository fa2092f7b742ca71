package io.worklane.openapi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * Within /api/v1 the contract only grows: every released version's clients keep working. A removed
 * operation, a removed or retyped property, a new required input or a narrowed enum fails the build
 * with the list of changes (openapi-diff). Releasing copies openapi.yaml to released/openapi-vX.Y.Z.yaml
 * and adds the version here.
 */
class ContractCompatibilityTest {

    @ParameterizedTest(name = "openapi.yaml is backward compatible with {0}")
    @ValueSource(strings = {"v0.1.0"})
    void theContractStaysCompatibleWithEveryReleasedVersion(String version) throws Exception {
        Path released = Contract.released(version);
        assertThat(released).isRegularFile();

        ChangedOpenApi diff = OpenApiCompare.fromLocations(widened(released).toUri().toString(),
                Contract.current().toUri().toString());

        assertThat(diff.getNewSpecOpenApi()).as("openapi.yaml parses").isNotNull();
        // the report only when needed: openapi-diff's renderer fails on media types whose example alone changed
        assertThat(diff.isIncompatible())
                .as(() -> "breaking changes against " + version + ":\n" + incompatibilities(diff))
                .isFalse();
    }

    /**
     * The released contract with its deliberate widenings applied: openapi-diff counts dropping a
     * request parameter's enum and pattern as narrowing, though every value they allowed is still
     * accepted. Each entry names why. v0.1.0: the work item list's {@code sort} takes several keys
     * (ADR 0052), its four released values included.
     */
    private static Path widened(Path released) throws Exception {
        String text = Files.readString(released);
        String sort = """
                            enum: [createdAt, -createdAt, updatedAt, -updatedAt]
                            pattern: '^-?(createdAt|updatedAt)$'
                            default: -createdAt
                """;
        assertThat(text).as("the released sort parameter of work item lists").contains(sort);
        Path copy = Files.createTempFile("openapi-released", ".yaml");
        Files.writeString(copy, text.replace(sort, "            default: -createdAt\n"));
        return copy;
    }

    private static String incompatibilities(ChangedOpenApi diff) {
        try {
            Path report = Files.createTempFile("openapi-diff", ".md");
            try (var writer = new java.io.OutputStreamWriter(Files.newOutputStream(report))) {
                new MarkdownRender().render(diff, writer);
            }
            return Files.readString(report);
        } catch (Exception renderFailed) {
            StringBuilder out = new StringBuilder("(openapi-diff's report failed: " + renderFailed + ")\n");
            diff.getChangedOperations().stream().filter(op -> op.isIncompatible()).forEach(op ->
                    out.append(op.getHttpMethod()).append(' ').append(op.getPathUrl()).append('\n'));
            return out.toString();
        }
    }
}
