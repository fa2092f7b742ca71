package io.worklane.api.isolation;

import java.util.List;
import java.util.Map;

/**
 * One case of the GraphQL matrix: an operation aimed with A's key at B's objects. {@code resultPath}
 * leads from {@code data} to the field that must hold nothing; {@code notCovered} says why no operation
 * could be built (the case then fails with it).
 */
record GraphQLCase(String name, String key, String document, Map<String, Object> variables, List<String> resultPath,
                   String notCovered) {

    static GraphQLCase notCovered(String name, String key, String reason) {
        return new GraphQLCase(name, key, null, Map.of(), List.of(), reason);
    }
}
