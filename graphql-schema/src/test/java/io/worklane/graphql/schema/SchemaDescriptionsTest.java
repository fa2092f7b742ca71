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
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every type and field of the schema says what it is, so that GraphiQL and generated clients document
 * themselves. The types and fields that had none when this test came are listed in undocumented.txt;
 * that list may only shrink: anything new needs a description (@Description in the GraphQL classes),
 * and a line whose element got one must be deleted.
 */
class SchemaDescriptionsTest {
    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    @Test
    void everyTypeAndFieldHasADescriptionExceptTheListedOldOnes() throws Exception {
        Path baselineFile = SchemaCompatibilityTest.dir().resolve("undocumented.txt");
        Set<String> baseline = new TreeSet<>(Files.readAllLines(baselineFile).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        Set<String> undocumented = undocumented(Files.readString(SchemaCompatibilityTest.dir().resolve("schema.graphql")));

        if (Boolean.getBoolean("worklane.schema.write-undocumented")) {
            Files.writeString(baselineFile, "# Types and fields of schema.graphql without a description (SchemaDescriptionsTest).\n"
                    + "# This list may only shrink. Regenerate: ./mvnw -pl graphql-schema test -Dworklane.schema.write-undocumented=true\n"
                    + String.join("\n", undocumented) + "\n");
            baseline = undocumented;
        }
        Set<String> added = new TreeSet<>(undocumented);
        added.removeAll(baseline);
        Set<String> fixed = new TreeSet<>(baseline);
        fixed.removeAll(undocumented);

        assertThat(added).as("types and fields without a description (add @Description)").isEmpty();
        assertThat(fixed).as("documented now: delete these lines from undocumented.txt").isEmpty();
        System.out.printf("[schema] %d types and fields still lack a description (undocumented.txt)%n", undocumented.size());
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
