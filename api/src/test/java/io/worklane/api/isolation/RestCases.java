package io.worklane.api.isolation;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
import io.worklane.api.support.contract.NotCoveredYet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST case source: every operation of the contract on a workspace or inside it, once per
 * {@link IdForm} (the mixed form only where B's objects are named besides the workspace), reads first
 * and deletes last, the deepest objects' deletes first, so that a leaking write harms later cases least.
 */
final class RestCases {
    private static final List<String> METHOD_ORDER = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE");

    private final Contract contract;
    private final ReferenceTable table;
    private final RequestBodies bodies;

    RestCases(Contract contract, ReferenceTable table) {
        this.contract = contract;
        this.table = table;
        this.bodies = new RequestBodies(contract, table);
    }

    List<RestCase> insideTheirWorkspace() {
        List<RestCase> cases = new ArrayList<>();
        contract.operations().stream().filter(Operation::isInsideAWorkspace).sorted(readsFirstDeletesLast())
                .forEach(operation -> {
                    for (IdForm form : formsOf(operation)) {
                        cases.add(caseOf(operation, form));
                    }
                });
        return cases;
    }

    List<Operation> outsideAnyWorkspace() {
        return contract.operations().stream().filter(o -> !o.isInsideAWorkspace()).toList();
    }

    /** The request of an operation aimed at B's objects in that form; NotCoveredYet when it cannot be built. */
    RestRequest requestFor(Operation operation, IdForm form) {
        String uri = operation.path();
        for (String name : operation.pathParameterNames()) {
            uri = uri.replace("{" + name + "}", table.fill(name, form, operation + " (path parameter {" + name + "})"));
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.requiredNonPathParameters()) {
            String where = operation + " (required " + parameter.in() + " parameter " + parameter.name() + ")";
            Object value = bodies.parameterValue(parameter, form, where);
            switch (parameter.in()) {
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(parameter.name()).append('=').append(value);
                case "header" -> headers.put(parameter.name(), value);
                default -> throw new NotCoveredYet(where + ": cannot send a parameter in " + parameter.in());
            }
        }
        if (operation.body() == null) {
            return new RestRequest(operation.method(), uri + query, headers, null, null);
        }
        return new RestRequest(operation.method(), uri + query, headers, operation.body().mediaType(),
                bodies.minimalBody(operation, form));
    }

    private RestCase caseOf(Operation operation, IdForm form) {
        try {
            return new RestCase(operation, form, requestFor(operation, form), null);
        } catch (NotCoveredYet e) {
            return new RestCase(operation, form, null, e.getMessage());
        }
    }

    private List<IdForm> formsOf(Operation operation) {
        boolean namesMoreThanTheWorkspace = operation.pathParameterNames().size() > 1
                || bodies.bodyRefersToTheirObjects(operation);
        return namesMoreThanTheWorkspace ? List.of(IdForm.values())
                : List.of(IdForm.THEIR_SLUG_AND_KEYS, IdForm.THEIR_IDS);
    }

    private static Comparator<Operation> readsFirstDeletesLast() {
        return Comparator.<Operation>comparingInt(o -> METHOD_ORDER.indexOf(o.method()))
                .thenComparingInt(o -> o.method().equals("DELETE") ? -o.pathParameterNames().size() : 0);
    }
}
