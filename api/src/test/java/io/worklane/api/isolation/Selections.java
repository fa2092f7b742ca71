package io.worklane.api.isolation;

import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.Type;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a case asks for: the leaf fields of the result and of the objects below it (two levels, each
 * possible type of an interface included), so that a leak would carry B's data into the response.
 */
final class Selections {
    private static final int DEPTH = 2;

    private final ServedSchema schema;

    Selections(ServedSchema schema) {
        this.schema = schema;
    }

    /** The selection set of a field of this type; empty for a scalar or an enum. */
    String of(TypeRef type) {
        return of(type, DEPTH);
    }

    private String of(TypeRef type, int depth) {
        Type named = schema.type(type.named().name());
        if (named.isLeaf()) {
            return "";
        }
        List<String> parts = new ArrayList<>(List.of("__typename"));
        parts.addAll(fields(named, depth, Set.of()));
        Set<String> clashing = clashingFieldNames(named.possibleTypes());
        for (String possible : named.possibleTypes()) {
            List<String> fields = fields(schema.type(possible), depth, clashing);
            if (!fields.isEmpty()) {
                parts.add("... on " + possible + " { " + String.join(" ", fields) + " }");
            }
        }
        return "{ " + String.join(" ", parts) + " }";
    }

    /** A field is aliased ({@code WorkItem_status: status}) where it clashes with another, so that the field sets can merge. */
    private List<String> fields(Type type, int depth, Set<String> clashing) {
        List<String> out = new ArrayList<>();
        for (Field field : type.fields()) {
            if (!field.requiredArgs().isEmpty()) {
                continue;
            }
            String selected = clashing.contains(field.name()) ? type.name() + "_" + field.name() + ": " + field.name()
                    : field.name();
            if (schema.type(field.type().named().name()).isLeaf()) {
                out.add(selected);
            } else if (depth > 1) {
                String below = of(field.type(), depth - 1);
                if (!below.equals("{ __typename }")) {
                    out.add(selected + " " + below);
                }
            }
        }
        return out;
    }

    /** Field names that two of the possible types give different types (status: String and ProjectStatus). */
    private Set<String> clashingFieldNames(List<String> possibleTypes) {
        Map<String, String> typeByName = new HashMap<>();
        Set<String> clashing = new HashSet<>();
        for (String possible : possibleTypes) {
            for (Field field : schema.type(possible).fields()) {
                String earlier = typeByName.putIfAbsent(field.name(), field.type().render());
                if (earlier != null && !earlier.equals(field.type().render())) {
                    clashing.add(field.name());
                }
            }
        }
        return clashing;
    }
}
