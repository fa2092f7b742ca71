package io.worklane.api.graphql.shared;

import java.util.Optional;

/**
 * Turns a domain object found by {@code node(id:)} into its GraphQL type. Each feature package
 * provides one for its own types, so this package does not depend on the features.
 */
public interface NodeMapper {
    Optional<Node> map(Object domainObject);
}
