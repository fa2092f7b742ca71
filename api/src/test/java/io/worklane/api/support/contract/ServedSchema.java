package io.worklane.api.support.contract;

import static io.restassured.RestAssured.given;
import static io.worklane.api.support.Api.ADMIN_KEY;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The GraphQL schema as the server serves it, read by introspection. */
public final class ServedSchema {
    private static final String INTROSPECTION = """
            query Introspection {
              __schema {
                queryType { name }
                mutationType { name }
                types {
                  kind name
                  fields(includeDeprecated: true) { name args { name defaultValue type { ...Ref } } type { ...Ref } }
                  inputFields { name defaultValue type { ...Ref } }
                  enumValues(includeDeprecated: true) { name }
                  possibleTypes { name }
                }
              }
            }
            fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
            """;

    /** A type as a field or argument uses it: NON_NULL and LIST wrap a named type. */
    public record TypeRef(String kind, String name, TypeRef ofType) {
        public static TypeRef of(JsonNode node) {
            return node == null || node.isNull() ? null
                    : new TypeRef(node.path("kind").asText(), node.path("name").asText(null), of(node.get("ofType")));
        }

        public boolean isNonNull() {
            return kind.equals("NON_NULL");
        }

        public TypeRef named() {
            return ofType == null ? this : ofType.named();
        }

        /** As written in an operation: {@code [String!]!}. */
        public String render() {
            return switch (kind) {
                case "NON_NULL" -> ofType.render() + "!";
                case "LIST" -> "[" + ofType.render() + "]";
                default -> name;
            };
        }
    }

    /** An argument or an input field. */
    public record Value(String name, TypeRef type, String defaultValue) {
        public boolean isRequired() {
            return type.isNonNull() && defaultValue == null;
        }
    }

    public record Field(String name, List<Value> args, TypeRef type) {
        public List<Value> requiredArgs() {
            return args.stream().filter(Value::isRequired).toList();
        }
    }

    public record Type(String kind, String name, List<Field> fields, List<Value> inputFields, List<String> enumValues,
                List<String> possibleTypes) {
        public boolean isLeaf() {
            return kind.equals("SCALAR") || kind.equals("ENUM");
        }
    }

    private final String queryType;
    private final String mutationType;
    private final Map<String, Type> types;

    private ServedSchema(String queryType, String mutationType, Map<String, Type> types) {
        this.queryType = queryType;
        this.mutationType = mutationType;
        this.types = types;
    }

    public static ServedSchema introspect() {
        String json = given().header("Authorization", "Bearer " + ADMIN_KEY).contentType(ContentType.JSON)
                .body(Map.of("query", INTROSPECTION)).post("/graphql").then().statusCode(200).extract().asString();
        try {
            JsonNode schema = new ObjectMapper().readTree(json).path("data").path("__schema");
            if (schema.isMissingNode()) {
                throw new IllegalStateException("Introspection failed: " + json);
            }
            Map<String, Type> types = new LinkedHashMap<>();
            for (JsonNode t : schema.path("types")) {
                types.put(t.path("name").asText(), new Type(t.path("kind").asText(), t.path("name").asText(),
                        fields(t.path("fields")), values(t.path("inputFields")), names(t.path("enumValues")),
                        names(t.path("possibleTypes"))));
            }
            return new ServedSchema(schema.path("queryType").path("name").asText(),
                    schema.path("mutationType").path("name").asText(null), types);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<Field> queryFields() {
        return type(queryType).fields();
    }

    public List<Field> mutationFields() {
        return mutationType == null ? List.of() : type(mutationType).fields();
    }

    public Type type(String name) {
        return types.get(name);
    }

    private static List<Field> fields(JsonNode fields) {
        List<Field> out = new ArrayList<>();
        for (JsonNode f : fields) {
            out.add(new Field(f.path("name").asText(), values(f.path("args")), TypeRef.of(f.get("type"))));
        }
        return out;
    }

    private static List<Value> values(JsonNode values) {
        List<Value> out = new ArrayList<>();
        for (JsonNode v : values) {
            out.add(new Value(v.path("name").asText(), TypeRef.of(v.get("type")), v.path("defaultValue").asText(null)));
        }
        return out;
    }

    private static List<String> names(JsonNode values) {
        List<String> out = new ArrayList<>();
        values.forEach(v -> out.add(v.path("name").asText()));
        return out;
    }
}
