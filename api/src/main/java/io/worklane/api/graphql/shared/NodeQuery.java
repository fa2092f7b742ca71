package io.worklane.api.graphql.shared;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.worklane.api.application.reads.NodeReads;
import io.worklane.api.security.CurrentCaller;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** {@code node(id:)}: any object by its id, if it exists in a workspace the caller may see. */
@GraphQLApi
@Authenticated
public class NodeQuery {
    private final NodeReads nodes;
    private final Instance<NodeMapper> mappers;
    private final CurrentCaller caller;

    public NodeQuery(NodeReads nodes, Instance<NodeMapper> mappers, CurrentCaller caller) {
        this.nodes = nodes;
        this.mappers = mappers;
        this.caller = caller;
    }

    @Query("node")
    @Description("Any object by its id. An id that does not exist, or exists in a workspace you cannot see, "
            + "is the error NOT_FOUND.")
    public Uni<Node> node(@Name("id") @Id @NonNull String id) {
        return Uni.createFrom().deferred(() -> nodes.find(caller.get(), id)).map(this::toNode);
    }

    private Node toNode(Object found) {
        for (NodeMapper mapper : mappers) {
            var node = mapper.map(found);
            if (node.isPresent()) {
                return node.get();
            }
        }
        throw new IllegalStateException("no GraphQL type for " + found.getClass().getSimpleName());
    }
}
