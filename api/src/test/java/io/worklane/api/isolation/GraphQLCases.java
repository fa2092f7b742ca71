package io.worklane.api.isolation;

import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.isolation.GraphQLArguments.Built;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The GraphQL case source: every Query and Mutation field whose arguments name an object of a
 * workspace, aimed at B in each {@link IdForm} (the mixed form only where B's objects are named besides
 * the workspace); {@code node(id:)} once for each of B's objects; and the lookups inside a workspace
 * ({@code workspace(A) { project(key: B's) }}) with B's ids. Deletes come last.
 */
final class GraphQLCases {
    private static final String QUERY = "Query";
    private static final String MUTATION = "Mutation";
    private static final List<String> DESTRUCTIVE = List.of("delete", "remove", "revoke", "archive");

    private final ServedSchema schema;
    private final ReferenceTable table;
    private final GraphQLArguments arguments;
    private final Selections selections;

    GraphQLCases(ServedSchema schema, ReferenceTable table) {
        this.schema = schema;
        this.table = table;
        this.arguments = new GraphQLArguments(schema, table);
        this.selections = new Selections(schema);
    }

    List<GraphQLCase> aimedAtTheirWorkspace() {
        List<GraphQLCase> cases = new ArrayList<>();
        for (Field field : schema.queryFields()) {
            cases.addAll(queryCases(field));
        }
        schema.mutationFields().stream().sorted(Comparator.comparing(GraphQLCases::isDestructive))
                .forEach(field -> cases.addAll(rootCases(MUTATION, field)));
        return cases;
    }

    /** The Query and Mutation fields that name no object of any workspace: each needs its own assertion. */
    List<String> notAimedAtAnyWorkspace() {
        List<String> out = new ArrayList<>();
        schema.queryFields().stream().filter(f -> !isAimed(QUERY, f)).forEach(f -> out.add(QUERY + "." + f.name()));
        schema.mutationFields().stream().filter(f -> !isAimed(MUTATION, f)).forEach(f -> out.add(MUTATION + "." + f.name()));
        return out;
    }

    private List<GraphQLCase> queryCases(Field field) {
        if (!isAimed(QUERY, field)) {
            return List.of();
        }
        if (takesTheIdOfAnyObject(field)) {
            return table.allOfTheirObjects().stream().map(object -> rootCase(QUERY, field, IdForm.THEIR_IDS, () -> object,
                    QUERY + "." + field.name() + "(id) of B's " + object.type(), QUERY + "." + field.name() + " " + object.type()))
                    .toList();
        }
        List<GraphQLCase> cases = new ArrayList<>(rootCases(QUERY, field));
        if (namesOnlyAWorkspace(field)) {
            schema.type(field.type().named().name()).fields().stream().filter(f -> !f.requiredArgs().isEmpty())
                    .forEach(lookup -> cases.add(lookupInsideOurWorkspace(field, lookup)));
        }
        return cases;
    }

    private List<GraphQLCase> rootCases(String root, Field field) {
        String path = root + "." + field.name();
        Optional<Built> probe;
        try {
            probe = probe(root, field);
        } catch (NotCoveredYet e) {
            return List.of(GraphQLCase.notCovered(path + ": NOT_FOUND for A", path, e.getMessage()));
        }
        if (probe.isEmpty() || probe.get().referenced().isEmpty()) {
            return List.of();
        }
        List<IdForm> forms = probe.get().namesMoreThanTheWorkspace() ? List.of(IdForm.values())
                : List.of(IdForm.THEIR_SLUG_AND_KEYS, IdForm.THEIR_IDS);
        return forms.stream().map(form -> rootCase(root, field, form, subjectOf(root, field),
                path + " " + form.description(), path + " " + form)).toList();
    }

    private GraphQLCase rootCase(String root, Field field, IdForm form, Supplier<Reference> subject, String title,
                                 String key) {
        String name = title + ": NOT_FOUND for A";
        try {
            Built built = arguments.of(field, form, subject, null, root + "." + field.name());
            Map<String, Object> variables = new LinkedHashMap<>();
            String call = call(field, built, variables, selections.of(field.type()));
            return new GraphQLCase(name, key, root.toLowerCase() + " Isolation" + declarations(field) + " { " + call + " }",
                    variables, List.of(field.name()), null);
        } catch (NotCoveredYet e) {
            return GraphQLCase.notCovered(name, key, e.getMessage());
        }
    }

    /** {@code workspace(idOrSlug: A) { project(key: B's project id) }}: B's objects named inside A's own workspace. */
    private GraphQLCase lookupInsideOurWorkspace(Field root, Field lookup) {
        IdForm form = IdForm.OUR_WORKSPACE_THEIR_IDS;
        String path = QUERY + "." + root.name() + "." + lookup.name();
        String name = path + " " + form.description() + ": NOT_FOUND for A";
        try {
            Map<String, Object> variables = new LinkedHashMap<>();
            Built outer = arguments.of(root, form, null, null, QUERY + "." + root.name());
            Built inner = arguments.of(lookup, form, subjectOf(QUERY, lookup), lookup.name(), path);
            String call = call(root, outer, variables, "{ " + call(lookup, inner, variables,
                    selections.of(lookup.type())) + " }");
            return new GraphQLCase(name, path + " " + form, "query Isolation" + declarations(root, lookup) + " { " + call
                    + " }", variables, List.of(root.name(), lookup.name()), null);
        } catch (NotCoveredYet e) {
            return GraphQLCase.notCovered(name, path + " " + form, e.getMessage());
        }
    }

    /** {@code field(arg: $field_arg) selection}, the arguments' values put into the variables. */
    private static String call(Field field, Built built, Map<String, Object> variables, String selection) {
        List<String> args = new ArrayList<>();
        built.values().forEach((arg, value) -> {
            variables.put(field.name() + "_" + arg, value);
            args.add(arg + ": $" + field.name() + "_" + arg);
        });
        return field.name() + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")") + " " + selection;
    }

    private static String declarations(Field... fields) {
        List<String> declared = new ArrayList<>();
        for (Field field : fields) {
            for (Value arg : field.requiredArgs()) {
                declared.add("$" + field.name() + "_" + arg.name() + ": " + arg.type().render());
            }
        }
        return declared.isEmpty() ? "" : "(" + String.join(", ", declared) + ")";
    }

    /** The arguments in the form that names B by ids; empty when the field takes no required argument. */
    private Optional<Built> probe(String root, Field field) {
        if (field.requiredArgs().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(arguments.of(field, IdForm.THEIR_IDS, subjectOf(root, field), null, root + "." + field.name()));
    }

    private boolean isAimed(String root, Field field) {
        try {
            return probe(root, field).filter(b -> !b.referenced().isEmpty()).isPresent();
        } catch (NotCoveredYet e) {
            return true; // it names something the table does not know yet: its case fails and says so
        }
    }

    /** workspace(idOrSlug:): the root of a tenant, whose own lookups are aimed at B from inside A. */
    private boolean namesOnlyAWorkspace(Field field) {
        try {
            return probe(QUERY, field).filter(b -> !b.referenced().isEmpty() && !b.namesMoreThanTheWorkspace()).isPresent();
        } catch (NotCoveredYet e) {
            return false;
        }
    }

    /** node(id:): an id of any type, answered with an interface. */
    private boolean takesTheIdOfAnyObject(Field field) {
        return field.requiredArgs().stream().anyMatch(a -> a.name().equals("id"))
                && !schema.type(field.type().named().name()).kind().equals("OBJECT");
    }

    /**
     * What an "id" stands for: the object a query returns (any of B's for node(id:), which gets one case
     * per object); for a mutation, the object its name ends with (deleteComment: a Comment).
     */
    private Supplier<Reference> subjectOf(String root, Field field) {
        if (QUERY.equals(root) && takesTheIdOfAnyObject(field)) {
            return () -> table.allOfTheirObjects().get(0);
        }
        String type = MUTATION.equals(root) ? field.name().replaceFirst("^[a-z]+", "") : field.type().named().name();
        return () -> table.ofType(type, root + "." + field.name() + " (what its id refers to)");
    }

    private static boolean isDestructive(Field field) {
        return DESTRUCTIVE.stream().anyMatch(verb -> field.name().startsWith(verb));
    }
}
