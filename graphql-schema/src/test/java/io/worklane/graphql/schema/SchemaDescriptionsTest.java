package io.worklane.graphql.schema;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every type and field of the schema says what it is, so that GraphiQL and generated clients document
 * themselves. Anything without a description fails the build: add {@code @Description} in the api
 * module's GraphQL classes (the enums GraphQL takes straight from the domain are described in
 * DomainEnumDescriptions there), then refresh schema.graphql from GraphQLSchemaTest.
 */
class SchemaDescriptionsTest {
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    @Test
    void everyTypeAndFieldHasADescription() throws Exception {
        Set<String> undocumented = undocumented(Files.readString(SchemaCompatibilityTest.dir().resolve("schema.graphql")));

        assertThat(undocumented).as("types and fields without a description (add @Description)").isEmpty();
    }

    @Test
    void findsEveryKindOfUndocumentedElement() {
        String sdl = """
                "Described."
                type Query { "Described." a: A, b: Int }
                type A implements N { id: ID! }
                interface N { id: ID! }
                input I { "Described." x: Int, y: Int }
                enum E { ONE }
                scalar S
                """;

        assertThat(undocumented(sdl)).containsExactly("A", "A.id", "E", "I", "I.y", "N", "N.id", "Query.b", "S");
    }

    static Set<String> undocumented(String sdl) {
        TypeDefinitionRegistry registry = new SchemaParser().parse(sdl);
        Set<String> missing = new TreeSet<>();
        for (TypeDefinition<?> type : registry.types().values()) {
            String name = type.getName();
            if (!ROOTS.contains(name) && blank(descriptionOf(type))) {
                missing.add(name);
            }
            if (type instanceof ObjectTypeDefinition object) {
                fields(name, object.getFieldDefinitions(), missing);
            } else if (type instanceof InterfaceTypeDefinition iface) {
                fields(name, iface.getFieldDefinitions(), missing);
            } else if (type instanceof InputObjectTypeDefinition input) {
                for (InputValueDefinition field : input.getInputValueDefinitions()) {
                    if (blank(field.getDescription())) {
                        missing.add(name + "." + field.getName());
                    }
                }
            }
        }
        registry.scalars().values().stream().filter(s -> !s.getName().matches("Int|Float|String|Boolean|ID"))
                .filter(s -> blank(s.getDescription())).forEach(s -> missing.add(s.getName()));
        return missing;
    }

    private static void fields(String type, List<FieldDefinition> fields, Set<String> missing) {
        for (FieldDefinition field : fields) {
            if (blank(field.getDescription())) {
                missing.add(type + "." + field.getName());
            }
        }
    }

    private static Description descriptionOf(TypeDefinition<?> type) {
        if (type instanceof ObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InterfaceTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof InputObjectTypeDefinition t) {
            return t.getDescription();
        } else if (type instanceof EnumTypeDefinition t) {
            return t.getDescription();
        }
        return null;
    }

    private static boolean blank(Description description) {
        return description == null || description.getContent().isBlank();
    }
}
