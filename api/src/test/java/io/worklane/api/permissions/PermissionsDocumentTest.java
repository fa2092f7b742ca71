package io.worklane.api.permissions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.worklane.api.permissions.PermissionsDocument.Declaration;
import io.worklane.domain.apikey.Scope;
import io.worklane.domain.workspace.MemberRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/permissions.md against the contracts and the code: every REST operation and every GraphQL
 * Query/Mutation field has a row, every scope it names is a {@link Scope}, and its Roles table is
 * {@link MemberRole}'s. (That the server enforces the scope of each row: ScopeEnforcementMatrixTest.)
 */
class PermissionsDocumentTest {
    private static final Path OPENAPI = Path.of("../openapi/openapi.yaml");
    private static final Path GRAPHQL = Path.of("../graphql-schema/schema.graphql");
    private static final Pattern TYPE_BLOCK = Pattern.compile("(?ms)^type (\\w+)[^{]*\\{(.*?)^}");
    private static final Pattern FIELD = Pattern.compile("^\\s*(\\w+)\\s*[(:]");
    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete", "head", "options", "trace");

    private final PermissionsDocument doc = PermissionsDocument.read();

    @Test
    void everyRestOperationHasARow() throws IOException {
        List<String> missing = restOperationIds().stream().filter(id -> !doc.operations().containsKey(id)).toList();
        assertThat(missing).as("REST operations of %s without a row in %s: add one row per operation to its Operations "
                + "table, e.g.%n%s", OPENAPI, PermissionsDocument.PATH, rows(missing, "REST")).isEmpty();
    }

    @Test
    void everyGraphQLQueryAndMutationFieldHasARow() throws IOException {
        Map<String, List<String>> types = graphQLFields();
        List<String> missing = new ArrayList<>();
        for (String root : List.of("Query", "Mutation")) {
            types.getOrDefault(root, List.of()).stream().filter(f -> !doc.operations().containsKey(f)).forEach(missing::add);
        }
        assertThat(types).as("%s defines type Query", GRAPHQL).containsKey("Query");
        assertThat(missing).as("GraphQL Query/Mutation fields of %s without a row in %s: add one row per field to its "
                + "Operations table (or add GraphQL to the API cell of the REST row of the same name), e.g.%n%s",
                GRAPHQL, PermissionsDocument.PATH, rows(missing, "GraphQL")).isEmpty();
    }

    @Test
    void everyScopeNamedIsAScope() {
        Map<String, List<String>> unknown = new LinkedHashMap<>();
        doc.operations().values().forEach(d -> d.scopes().stream().filter(s -> Scope.parse(s).isEmpty())
                .forEach(s -> unknown.computeIfAbsent(d.operation(), k -> new ArrayList<>()).add(s)));
        doc.roles().forEach((role, scopes) -> scopes.stream().filter(s -> Scope.parse(s).isEmpty())
                .forEach(s -> unknown.computeIfAbsent("role " + role, k -> new ArrayList<>()).add(s)));
        assertThat(unknown).as("scopes named in %s that io.worklane.domain.apikey.Scope does not have (known: %s): "
                + "correct the row, or add the scope to Scope first", PermissionsDocument.PATH, scopeNames()).isEmpty();
    }

    @Test
    void everyRowDeclaresAScopeOrTheInstanceAdministrator() {
        List<String> undeclared = doc.operations().values().stream()
                .filter(d -> d.scopes().isEmpty() && !d.byInstanceAdministratorOnly() && !d.openWithASignedLink()
                        && !d.operation().equals("node"))
                .map(d -> d.operation() + " (scope cell: '" + d.text() + "')").toList();
        assertThat(undeclared).as("rows of %s that name no scope: write the scope in backticks (e.g. `projects:read`) "
                + "or 'instance administrator' (or 'none: …' for an operation whose signed link is its credential)",
                PermissionsDocument.PATH).isEmpty();
    }

    @Test
    void everyRowIsAnOperationOfTheApisItNames() throws IOException {
        Set<String> rest = new TreeSet<>(restOperationIds());
        Map<String, List<String>> types = graphQLFields();
        List<String> wrong = new ArrayList<>();
        for (Declaration d : doc.operations().values()) {
            if (!d.isRest() && !d.isGraphQL()) {
                wrong.add(d.operation() + ": the API cell '" + d.api() + "' names neither REST nor GraphQL");
            }
            if (d.isRest() != rest.contains(d.operation())) {
                wrong.add(d.operation() + (d.isRest() ? ": says REST but " + OPENAPI + " has no such operationId"
                        : ": is an operationId of " + OPENAPI + " but the API cell does not say REST"));
            }
            boolean graphQL = isGraphQLField(types, d.operation());
            if (d.isGraphQL() != graphQL) {
                wrong.add(d.operation() + (d.isGraphQL() ? ": says GraphQL but " + GRAPHQL + " has no such Query/Mutation "
                        + "field (or Type.field)" : ": is a Query/Mutation field of " + GRAPHQL + " but the API cell does not say GraphQL"));
            }
        }
        assertThat(wrong).as("rows of %s that do not match the contracts: remove stale rows, correct the API cell",
                PermissionsDocument.PATH).isEmpty();
    }

    @Test
    void theRolesTableIsMemberRoles() {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        doc.roles().forEach((role, scopes) -> documented.put(role, new TreeSet<>(scopes)));
        Map<String, Set<String>> code = new LinkedHashMap<>();
        for (MemberRole role : MemberRole.values()) {
            code.put(role.name(), role.scopes().stream().map(Scope::value).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(documented).as("the Roles table of %s must equal io.worklane.domain.workspace.MemberRole.scopes(); "
                + "write it as:%n%s", PermissionsDocument.PATH, rolesTable(code)).isEqualTo(code);
    }

    private static List<String> restOperationIds() throws IOException {
        JsonNode paths = new YAMLMapper().readTree(OPENAPI.toFile()).path("paths");
        List<String> ids = new ArrayList<>();
        paths.fields().forEachRemaining(path -> METHODS.stream().map(m -> path.getValue().get(m))
                .filter(o -> o != null).forEach(o -> ids.add(o.path("operationId").asText("(no operationId) " + path.getKey()))));
        return ids;
    }

    /** Each {@code type X { … }} of the SDL with its field names (descriptions left out). */
    private static Map<String, List<String>> graphQLFields() throws IOException {
        String sdl = Files.readString(GRAPHQL).replaceAll("(?s)\"\"\".*?\"\"\"", "");
        Map<String, List<String>> types = new LinkedHashMap<>();
        Matcher type = TYPE_BLOCK.matcher(sdl);
        while (type.find()) {
            List<String> fields = new ArrayList<>();
            for (String line : type.group(2).split("\n")) {
                Matcher field = FIELD.matcher(line);
                if (!line.trim().startsWith("\"") && field.find()) {
                    fields.add(field.group(1));
                }
            }
            types.put(type.group(1), fields);
        }
        return types;
    }

    private static boolean isGraphQLField(Map<String, List<String>> types, String operation) {
        int dot = operation.indexOf('.');
        if (dot < 0) {
            return types.getOrDefault("Query", List.of()).contains(operation)
                    || types.getOrDefault("Mutation", List.of()).contains(operation);
        }
        return types.getOrDefault(operation.substring(0, dot), List.of()).contains(operation.substring(dot + 1));
    }

    private static String rows(List<String> operations, String api) {
        return operations.stream().map(o -> "| " + o + " | " + api + " | `<scope>` |").collect(Collectors.joining("\n"));
    }

    private static String rolesTable(Map<String, Set<String>> code) {
        return code.entrySet().stream().map(e -> "| " + e.getKey() + " | " + e.getValue().stream()
                .sorted((a, b) -> Scope.parse(a).orElseThrow().compareTo(Scope.parse(b).orElseThrow()))
                .map(s -> "`" + s + "`").collect(Collectors.joining(", ")) + " |").collect(Collectors.joining("\n"));
    }

    private static String scopeNames() {
        return Arrays.stream(Scope.values()).map(Scope::value).collect(Collectors.joining(", "));
    }
}
