package io.worklane.api.permissions;

import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.Type;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import io.worklane.api.support.contract.ServedSchema.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL operation of a root field ({@code Mutation.createProject}, {@code Query.workspace}) or of a
 * field of the workspace ({@code Workspace.auditEvents}, reached through {@code workspace(idOrSlug: W)}),
 * aimed at W: every required argument and input field filled from {@link SeededWorkspace} by its name
 * (an {@code id} is the object the mutation's name ends with), else a valid example; the selection is
 * {@code __typename}. Anything it cannot fill fails the case (NotCoveredYet).
 */
final class GraphQLRequests {
    /** Values an input field needs to be valid where its name alone does not tell (project and field keys differ). */
    private static final Map<String, Object> EXAMPLES = Map.of(
            "CreateProjectInput.key", "GQLPERM",
            "CreateCustomFieldInput.key", "gql_perm_field");

    private final ServedSchema schema;
    private final SeededWorkspace w;

    GraphQLRequests(ServedSchema schema, SeededWorkspace w) {
        this.schema = schema;
        this.w = w;
    }

    record GraphQLRequest(String document, Map<String, Object> variables, List<String> resultPath) {
    }

    /** {@code root} is Query or Mutation, or a type of the schema reached through {@code Query.workspace}. */
    GraphQLRequest requestFor(String root, String fieldName) {
        Map<String, Object> variables = new LinkedHashMap<>();
        List<String> declarations = new ArrayList<>();
        if (root.equals("Query") || root.equals("Mutation")) {
            Field field = field(root, fieldName);
            String call = call(field, subject(root, field), variables, declarations);
            return new GraphQLRequest(root.toLowerCase() + " Permissions" + declared(declarations) + " { " + call + " }",
                    variables, List.of(fieldName));
        }
        if (!root.equals("Workspace")) {
            return throughNode(root, fieldName, variables, declarations);
        }
        Field workspace = field("Query", "workspace");
        Field nested = field(root, fieldName);
        // an id argument names an object of the field's type (Workspace.projectTemplate(id): a ProjectTemplate)
        String inner = call(nested, subject(root, nested), variables, declarations);
        String outer = call(workspace, null, variables, declarations).replace("{ __typename }", "{ " + inner + " }");
        return new GraphQLRequest("query Permissions" + declared(declarations) + " { " + outer + " }", variables,
                List.of("workspace", fieldName));
    }

    /** A field of another type, reached as {@code node(id:) { ... on Type { field } }} on W's object of that type. */
    private GraphQLRequest throughNode(String root, String fieldName, Map<String, Object> variables,
                                       List<String> declarations) {
        String id = w.idsByType().get(root);
        if (id == null) {
            throw new NotCoveredYet("The permission matrix reaches " + root + "." + fieldName + " through node(id:), but W"
                    + " has no " + root + ": create one in SeededWorkspace.create");
        }
        Field nested = field(root, fieldName);
        String inner = call(nested, null, variables, declarations);
        variables.put("node_id", id);
        declarations.add("$node_id: ID!");
        return new GraphQLRequest("query Permissions" + declared(declarations) + " { node(id: $node_id) { ... on " + root
                + " { " + inner + " } } }", variables, List.of("node", fieldName));
    }

    private Field field(String type, String name) {
        Type t = schema.type(type);
        return (t == null ? List.<Field>of() : t.fields()).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotCoveredYet("The served GraphQL schema has no field " + type + "." + name));
    }

    /** What an "id" argument or input field stands for: the object a mutation's name ends with (deleteComment: a Comment). */
    private static String subject(String root, Field field) {
        return root.equals("Mutation") ? field.name().replaceFirst("^[a-z]+", "") : field.type().named().name();
    }

    private String call(Field field, String subject, Map<String, Object> variables, List<String> declarations) {
        List<String> args = new ArrayList<>();
        for (Value arg : field.requiredArgs()) {
            String variable = field.name() + "_" + arg.name();
            variables.put(variable, value(arg.name(), arg.type(), subject, field.name() + "(" + arg.name() + ")"));
            declarations.add("$" + variable + ": " + arg.type().render());
            args.add(arg.name() + ": $" + variable);
        }
        String selection = schema.type(field.type().named().name()).isLeaf() ? "" : " { __typename }";
        return field.name() + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")") + selection;
    }

    private Object value(String name, TypeRef type, String subject, String where) {
        Optional<Object> known = name.equals("id") && subject != null ? Optional.of(w.idOf(subject, where))
                : Optional.ofNullable(EXAMPLES.get(where)).or(() -> w.valueOf(name));
        if (known.isPresent()) {
            return known.get();
        }
        TypeRef nullable = type.isNonNull() ? type.ofType() : type;
        if (nullable.kind().equals("LIST")) {
            return List.of(value(name, nullable.ofType(), subject, where + "[0]"));
        }
        Type named = schema.type(nullable.name());
        return switch (named.kind()) {
            case "ENUM" -> named.enumValues().get(0);
            case "INPUT_OBJECT" -> {
                Map<String, Object> input = new LinkedHashMap<>();
                for (Value field : named.inputFields()) {
                    if (field.isRequired()) {
                        input.put(field.name(), value(field.name(), field.type(), subject, named.name() + "." + field.name()));
                    }
                }
                yield input;
            }
            case "SCALAR" -> scalar(named.name(), where);
            default -> throw new NotCoveredYet(where + ": cannot make a value of " + named.kind() + " " + named.name());
        };
    }

    private static Object scalar(String type, String where) {
        return switch (type) {
            case "String" -> "x";
            case "Int", "Long", "BigInteger" -> 1;
            case "Float", "BigDecimal" -> 1.0;
            case "Boolean" -> false;
            case "JSON" -> Map.of();
            case "Date" -> "2026-01-01";
            case "DateTime" -> "2026-01-01T00:00:00Z";
            default -> throw new NotCoveredYet(where + ": no example for the required " + type + "; if it refers to an "
                    + "object, create it in SeededWorkspace and name it there, else add an example to GraphQLRequests");
        };
    }

    private static String declared(List<String> declarations) {
        return declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")";
    }
}
