package io.worklane.api.isolation;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.NotCoveredYet;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.ServedSchema;
import io.worklane.api.support.contract.ServedSchema.Field;
import io.worklane.api.support.contract.ServedSchema.TypeRef;
import io.worklane.domain.apikey.ApiKeys;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * For tests outside this package (the contract fuzzer): a workspace holding one object of every kind
 * the tenant-isolation matrices know ({@link TheirWorkspace}), and the values of valid requests aimed at
 * it, built as the matrices build theirs. An endpoint that gets its object seeded for the matrices is
 * thereby a valid target here too.
 */
public final class SeededTargets {
    private static final IdForm FORM = IdForm.THEIR_SLUG_AND_KEYS;

    private final TheirWorkspace seeded;
    private final ReferenceTable table;
    private final RequestBodies bodies;

    private SeededTargets(TheirWorkspace seeded, ReferenceTable table, Contract contract) {
        this.seeded = seeded;
        this.table = table;
        this.bodies = new RequestBodies(contract, table);
    }

    /** Seeds a fresh workspace through the API (as the instance administrator). */
    public static SeededTargets create(ApiKeys apiKeys, Contract contract) {
        OurWorkspace other = OurWorkspace.create(apiKeys);
        TheirWorkspace seeded = TheirWorkspace.create(apiKeys);
        return new SeededTargets(seeded, new ReferenceTable(other, seeded), contract);
    }

    public String slug() {
        return seeded.workspace().key();
    }

    /** A path parameter's value ({ws}, {project}, {memberId}...), empty when no seeded object has that name. */
    public Optional<String> pathValue(String name) {
        return table.valueOf(name, FORM);
    }

    /** A valid value for a query or header parameter. */
    public Object parameterValue(Operation.Parameter parameter) {
        return bodies.parameterValue(parameter, FORM, parameter.name());
    }

    /** The smallest valid body of an operation, naming seeded objects. */
    public String minimalBody(Operation operation) {
        return bodies.minimalBody(operation, FORM);
    }

    /**
     * Valid required arguments of a field of {@code parent} (Query, Mutation, or an object type below them,
     * whose lookups such as Workspace.project(key:) name an object like the field); NotCoveredYet when they
     * cannot be made.
     */
    public Map<String, Object> graphQLArguments(ServedSchema schema, String parent, Field field) {
        boolean root = parent.equals("Query") || parent.equals("Mutation");
        return new GraphQLArguments(schema, table).of(field, FORM, subjectOf(parent, field), root ? null : field.name(),
                parent + "." + field.name()).values();
    }

    /** The selection set of a field of this type (two levels of leaves). */
    public static String selection(ServedSchema schema, TypeRef type) {
        return new Selections(schema).of(type);
    }

    /** What an argument named "id" stands for: the object a query returns, or the one a mutation names last. */
    private Supplier<Reference> subjectOf(String root, Field field) {
        if (root.equals("Query") && field.name().equals("node")) {
            return seeded::workItem;
        }
        String type = root.equals("Mutation") ? field.name().replaceFirst("^[a-z]+", "") : field.type().named().name();
        return () -> {
            try {
                return table.ofType(type, root + "." + field.name());
            } catch (NotCoveredYet e) {
                return seeded.workItem();
            }
        };
    }
}
