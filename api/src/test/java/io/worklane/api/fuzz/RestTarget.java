package io.worklane.api.fuzz;

import io.worklane.api.support.contract.Operation;
import java.util.Map;

/** An operation with its valid request (aimed at the seeded workspace) and the path values that request uses. */
record RestTarget(Operation operation, HttpCase valid, Map<String, String> pathValues) {

    /** The operation's path with one parameter replaced by a raw (already encoded) value. */
    String pathWith(String name, String rawValue) {
        String path = operation.path();
        for (String parameter : operation.pathParameterNames()) {
            path = path.replace("{" + parameter + "}", parameter.equals(name) ? rawValue : pathValues.get(parameter));
        }
        return path;
    }
}
