package io.worklane.api.isolation;

import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.Type;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import io.worklane.api.support.contract.ServedSchema.Value;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The arguments of a field aimed at B, built from the introspected types: every required argument
 * and input field, B's reference where its name names one ("workspace", "project", "workItem",
 * "idOrSlug"; an {@code id} is the object the field is about), otherwise strings "x", enums their first
 * value, Int 1. A required ID the table does not know, or a scalar it cannot make, fails the case.
 */
final class GraphQLArguments {
    private final ServedSchema schema;
    private final ReferenceTable table;

    GraphQLArguments(ServedSchema schema, ReferenceTable table) {
        this.schema = schema;
        this.table = table;
    }

    /** The arguments, and which of B's objects they name. */
    record Built(Map<String, Object> values, Set<Reference> referenced) {
        boolean namesMoreThanTheWorkspace() {
            return referenced.stream().anyMatch(r -> !r.isWorkspace());
        }
    }

    /**
     * @param field the field whose required arguments are filled
     * @param subject the object an argument or input field named {@code id} stands for (null: none known);
     *                asked only when there is such an argument
     * @param fallbackName the name to look the only required argument up by when its own is unknown
     *                     (Workspace.project(key:) names a project)
     */
    Built of(Field field, IdForm form, Supplier<Reference> subject, String fallbackName, String where) {
        Set<Reference> referenced = new LinkedHashSet<>();
        Map<String, Object> values = new LinkedHashMap<>();
        List<Value> required = field.requiredArgs();
        for (Value arg : required) {
            String name = required.size() == 1 && fallbackName != null && table.find(arg.name()).isEmpty()
                    ? fallbackName : arg.name();
            values.put(arg.name(), value(name, arg.type(), form, subject, referenced, where + " argument " + arg.name()));
        }
        return new Built(values, referenced);
    }

    private Object value(String name, TypeRef type, IdForm form, Supplier<Reference> subject, Set<Reference> referenced,
                         String where) {
        TypeRef nullable = type.isNonNull() ? type.ofType() : type;
        if (nullable.kind().equals("LIST")) {
            return List.of(value(name, nullable.ofType(), form, subject, referenced, where + "[0]"));
        }
        String typeName = nullable.name();
        if (typeName.equals("String") || typeName.equals("ID")) {
            Optional<String> reference = reference(name, form, subject, referenced);
            if (reference.isPresent()) {
                return reference.get();
            }
            if (typeName.equals("ID")) {
                throw new NotCoveredYet("The tenant-isolation matrix cannot fill the required ID '" + name + "' of " + where
                        + ": create the object it refers to in TheirWorkspace.create and name it in ReferenceTable.");
            }
            return "x";
        }
        Type named = schema.type(typeName);
        return switch (named.kind()) {
            case "ENUM" -> named.enumValues().get(0);
            case "INPUT_OBJECT" -> {
                Map<String, Object> input = new LinkedHashMap<>();
                for (Value field : named.inputFields()) {
                    if (field.isRequired()) {
                        input.put(field.name(), value(field.name(), field.type(), form, subject, referenced,
                                where + "." + field.name()));
                    }
                }
                yield input;
            }
            case "SCALAR" -> scalar(typeName, where);
            default -> throw new NotCoveredYet(where + ": cannot make a value of " + named.kind() + " " + typeName);
        };
    }

    private Optional<String> reference(String name, IdForm form, Supplier<Reference> subject, Set<Reference> referenced) {
        if (name.equals("id") && subject != null) {
            Reference object = subject.get();
            referenced.add(object);
            return Optional.of(object.id());
        }
        table.find(name).ifPresent(referenced::add);
        return table.valueOf(name, form);
    }

    private static Object scalar(String type, String where) {
        return switch (type) {
            case "Int", "Long", "BigInteger" -> 1;
            case "Float", "BigDecimal" -> 1.0;
            case "Boolean" -> false;
            case "JSON" -> Map.of();
            case "Date" -> "2026-01-01";
            case "DateTime" -> "2026-01-01T00:00:00Z";
            default -> throw new NotCoveredYet(where + ": no example for the scalar " + type
                    + "; add one to GraphQLArguments.scalar");
        };
    }
}
