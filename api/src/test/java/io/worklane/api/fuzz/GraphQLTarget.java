package io.worklane.api.fuzz;

import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import io.worklane.api.support.contract.ServedSchema.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A field to fuzz and the path to it ({@code Query.workspace} → {@code Workspace.workItems}): one
 * operation that declares a variable for every argument along the path, and the valid values of the
 * required ones. Mutations change the variables (or the request around them), never the document's shape.
 */
record GraphQLTarget(String root, List<Field> path, Map<String, Slot> slots, Map<String, Object> validVariables,
                     String document) {

    /** An argument and the variable that carries it. */
    record Slot(String variable, Value argument) {
        TypeRef type() {
            return argument.type();
        }
    }

    static GraphQLTarget of(String root, List<Field> path, List<Map<String, Object>> requiredValues, String selection) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        Map<String, Object> variables = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder();
        for (int level = 0; level < path.size(); level++) {
            Field field = path.get(level);
            List<String> arguments = new ArrayList<>();
            for (Value argument : field.args()) {
                String variable = "v" + level + "_" + argument.name();
                slots.put(variable, new Slot(variable, argument));
                arguments.add(argument.name() + ": $" + variable);
                if (requiredValues.get(level).containsKey(argument.name())) {
                    variables.put(variable, requiredValues.get(level).get(argument.name()));
                }
            }
            body.append(field.name()).append(arguments.isEmpty() ? "" : "(" + String.join(", ", arguments) + ")")
                    .append(level == path.size() - 1 ? " " + selection : " { ");
        }
        body.append(" }".repeat(path.size() - 1));
        List<String> declarations = slots.values().stream()
                .map(s -> "$" + s.variable() + ": " + s.type().render()).toList();
        String document = (root.equals("Mutation") ? "mutation" : "query") + " Fuzz"
                + (declarations.isEmpty() ? "" : "(" + String.join(", ", declarations) + ")") + " { " + body + " }";
        return new GraphQLTarget(root, path, slots, variables, document);
    }

    String name() {
        StringBuilder out = new StringBuilder(root);
        path.forEach(f -> out.append('.').append(f.name()));
        return out.toString();
    }

    /** The field whose result a refused mutation must leave null. */
    String resultField() {
        return path.get(0).name();
    }
}
