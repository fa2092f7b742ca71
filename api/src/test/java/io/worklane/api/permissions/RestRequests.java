package io.worklane.api.permissions;

import io.worklane.api.support.contract.Contract;
import io.worklane.api.support.contract.Operation;
import io.worklane.api.support.contract.RestRequest;
import io.worklane.api.support.contract.NotCoveredYet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request of a REST operation aimed at workspace W's objects: path parameters from
 * {@link SeededWorkspace}, required query and header parameters and a minimal valid body from the
 * contract's schemas. (Adapted from the tenant-isolation matrix's RestCases.requestFor.)
 */
final class RestRequests {
    private final SeededWorkspace w;
    private final RequestBodies bodies;

    RestRequests(Contract contract, SeededWorkspace w) {
        this.w = w;
        this.bodies = new RequestBodies(contract, w);
    }

    /** NotCoveredYet when it cannot be built. */
    RestRequest requestFor(Operation operation) {
        String uri = operation.path();
        for (String name : operation.pathParameterNames()) {
            uri = uri.replace("{" + name + "}", w.fill(name, operation + " (path parameter {" + name + "})"));
        }
        Map<String, Object> headers = new LinkedHashMap<>();
        StringBuilder query = new StringBuilder();
        for (Operation.Parameter parameter : operation.requiredNonPathParameters()) {
            String where = operation + " (required " + parameter.in() + " parameter " + parameter.name() + ")";
            Object value = bodies.parameterValue(parameter, where);
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
                bodies.minimalBody(operation));
    }
}
